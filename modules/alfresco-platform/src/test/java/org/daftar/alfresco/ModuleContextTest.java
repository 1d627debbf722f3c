package org.daftar.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.FileSystemResource;

/**
 * The module's descriptor and Spring context, as Alfresco reads them: module.properties names the module after the
 * folder it lives in, and module-context.xml (read by Spring itself, without starting anything) registers with
 * Alfresco's {@code dictionaryModelBootstrap} exactly the model and label bundles the module ships.
 */
class ModuleContextTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void modulePropertiesNameTheModuleAfterItsFolderWithResolvedVersions() throws IOException {
        Properties module = new Properties();
        try (InputStream in = Files.newInputStream(ShippedModel.MODULE_DIR.resolve("module.properties"))) {
            module.load(in);
        }

        assertThat(module.getProperty("module.id")).isEqualTo(ShippedModel.MODULE_DIR.getFileName().toString());
        assertThat(module.getProperty("module.version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(module.getProperty("module.title")).isNotBlank();
        assertThat(module.getProperty("module.description")).isNotBlank();
        // UTF-8 label bundles need Java 11+, i.e. Alfresco 7.0 or later.
        assertThat(module.getProperty("repo.version.min")).isEqualTo("7.0");
    }

    @Test
    void moduleContextRegistersTheShippedModelAndLabelsWithAlfrescosDictionary() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        // Parses against Spring's schema and follows the classpath import, as Alfresco's own Spring does.
        new XmlBeanDefinitionReader(beans).loadBeanDefinitions(
                new FileSystemResource(ShippedModel.MODULE_DIR.resolve("module-context.xml")));

        BeanDefinition bootstrap = beans.getBeanDefinition("daftar.dictionaryBootstrap");
        assertThat(bootstrap.getParentName()).isEqualTo("dictionaryModelBootstrap");
        assertThat(bootstrap.getDependsOn()).containsExactly("dictionaryBootstrap");

        List<String> models = values(bootstrap, "models");
        assertThat(models).containsExactly("alfresco/module/daftar/model/eoffice-model.xml");
        assertThat(CLASSES.resolve(models.getFirst())).exists();

        List<String> labels = values(bootstrap, "labels");
        assertThat(labels).containsExactly("alfresco/module/daftar/messages/eoffice-model");
        assertThat(CLASSES.resolve(labels.getFirst() + ".properties")).exists();
        assertThat(CLASSES.resolve(labels.getFirst() + "_hi.properties")).exists();
    }

    @Test
    void everyModelTheContextRegistersLoadsWithTheRealLoader() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        new XmlBeanDefinitionReader(beans).loadBeanDefinitions(
                new FileSystemResource(ShippedModel.MODULE_DIR.resolve("context/bootstrap-context.xml")));

        for (String model : values(beans.getBeanDefinition("daftar.dictionaryBootstrap"), "models")) {
            Path file = CLASSES.resolve(model);
            assertThat(ShippedModel.load(ShippedModel.bytes(file), file.getFileName().toString()).type("eo:file"))
                    .as(model).isPresent();
        }
    }

    private static List<String> values(BeanDefinition bean, String property) {
        Object value = bean.getPropertyValues().get(property);
        assertThat(value).as(property).isInstanceOf(List.class);
        return ((List<?>) value).stream()
                .map(v -> v instanceof TypedStringValue typed ? typed.getValue() : String.valueOf(v))
                .toList();
    }
}
