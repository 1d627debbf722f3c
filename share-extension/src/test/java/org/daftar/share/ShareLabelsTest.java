package org.daftar.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Share labels this extension needs, in English and Hindi: every label key share-config-custom.xml names, and
 * the {@code type.*} and {@code aspect.*} keys Share looks up for the types and aspects it lists; nothing more.
 */
class ShareLabelsTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path CONTEXT = CLASSES.resolve("alfresco/web-extension/daftar-share-context.xml");
    private static final Path ENGLISH = CLASSES.resolve("alfresco/web-extension/messages/daftar-share.properties");
    private static final Path HINDI = CLASSES.resolve("alfresco/web-extension/messages/daftar-share_hi.properties");
    /** Keys Share itself defines, used for its standard advanced-search entries. */
    private static final Set<String> SHARE_OWN_KEYS = Set.of("search.form.label.cm_content",
            "search.form.desc.cm_content", "search.form.label.cm_folder", "search.form.desc.cm_folder");

    private final ShareConfig config = ShareConfig.read(CLASSES.resolve("META-INF/share-config-custom.xml"));

    private Set<String> neededKeys() {
        Set<String> keys = new TreeSet<>(config.labelIds());
        keys.removeAll(SHARE_OWN_KEYS);
        config.subtypes().values().forEach(types -> types.forEach(t -> keys.add("type." + t.replace(':', '_'))));
        config.visibleAspects().forEach(a -> keys.add("aspect." + a.replace(':', '_')));
        return keys;
    }

    @Test
    void englishLabelsAreExactlyTheOnesTheConfigurationNeeds() {
        assertThat(load(ENGLISH).keySet()).containsExactlyInAnyOrderElementsOf(neededKeys());
    }

    @Test
    void hindiLabelsAreExactlyTheOnesTheConfigurationNeedsWrittenInDevanagari() {
        Map<String, String> hindi = load(HINDI);
        assertThat(hindi.keySet()).containsExactlyInAnyOrderElementsOf(neededKeys());
        hindi.forEach((key, text) -> assertThat(text.codePoints()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI))
                .as("%s = %s", key, text).isTrue());
    }

    @Test
    void theSpringContextRegistersTheBundleThatShips() throws IOException {
        Matcher bundle = Pattern.compile("<value>([^<]+)</value>").matcher(Files.readString(CONTEXT));
        assertThat(bundle.find()).isTrue();
        String base = bundle.group(1).replace('.', '/');

        assertThat(CLASSES.resolve(base + ".properties")).isEqualTo(ENGLISH).exists();
        assertThat(CLASSES.resolve(base + "_hi.properties")).isEqualTo(HINDI).exists();
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
