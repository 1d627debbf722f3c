package org.daftar.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the AMP and the JAR the build produced (so it runs after {@code package}, under failsafe) and checks what
 * alfresco-mmt and Alfresco's module loader will find in them.
 */
class AmpLayoutIT {

    private static final String CONFIG = "config/alfresco/module/daftar/";
    private static final String JAR_MODULE = "alfresco/module/daftar/";

    private static Map<String, byte[]> amp;
    private static Map<String, byte[]> jar;

    @BeforeAll
    static void openArtifacts() throws IOException {
        amp = files(Path.of(System.getProperty("daftar.amp", "target/daftar-alfresco-platform.amp")));
        jar = files(Path.of(System.getProperty("daftar.jar", "target/daftar-alfresco-platform.jar")));
    }

    @Test
    void theAmpHasTheLayoutAlfrescoMmtExpects() {
        // module.properties and file-mapping.properties at the root; resources loose under config/; no lib/,
        // because the module has no classes (the JAR in lib/ would put every resource on the classpath twice).
        assertThat(amp.keySet()).containsExactlyInAnyOrder(
                "module.properties",
                "file-mapping.properties",
                CONFIG + "module-context.xml",
                CONFIG + "context/bootstrap-context.xml",
                CONFIG + "model/eoffice-model.xml",
                CONFIG + "messages/eoffice-model.properties",
                CONFIG + "messages/eoffice-model_hi.properties");
    }

    @Test
    void theModelInsideTheAmpIsTheModelModulesFileByteForByte() {
        assertThat(amp.get(CONFIG + "model/eoffice-model.xml")).isEqualTo(ShippedModel.bytes(ShippedModel.SOURCE_MODEL));
    }

    @Test
    void theAmpsModuleIdNamesTheFolderItsConfigLivesIn() {
        Properties module = properties(amp.get("module.properties"));

        assertThat(CONFIG).isEqualTo("config/alfresco/module/" + module.getProperty("module.id") + "/");
        assertThat(module.getProperty("module.version")).doesNotContain("@", "${");
    }

    @Test
    void theFileMappingKeepsAlfrescosDefaults() {
        assertThat(properties(amp.get("file-mapping.properties")).getProperty("include.default")).isEqualTo("true");
    }

    @Test
    void theJarCarriesTheSameModuleForModulesPlatform() {
        // The JAR route (modules/platform or WEB-INF/lib) finds module.properties inside the JAR instead.
        assertThat(jar.get(JAR_MODULE + "module.properties")).isEqualTo(amp.get("module.properties"));
        amp.forEach((name, bytes) -> {
            if (name.startsWith("config/")) {
                assertThat(jar.get(name.substring("config/".length()))).as(name).isEqualTo(bytes);
            }
        });
        assertThat(jar.keySet()).filteredOn(n -> n.startsWith("alfresco/")).hasSize(6);
    }

    private static Map<String, byte[]> files(Path archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                files.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }

    private static Properties properties(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
