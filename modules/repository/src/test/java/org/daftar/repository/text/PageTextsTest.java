package org.daftar.repository.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.Repository;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedDatabase.class)
class PageTextsTest {

    @TempDir
    Path contentRoot;

    @Test
    void pagesAreReplacedTogetherAndReadInOrder(DataSource dataSource) {
        Repository repository = Repository.assemble(dataSource, contentRoot, 1 << 20);
        Node scan = repository.nodes().createDocument(new NewNode(NodeStore.ROOT_ID, "scan-" + UUID.randomUUID() + ".pdf",
                "eo:scan", Set.of(), Map.of()), new NewContent(new ByteArrayInputStream(new byte[] {1, 2}), "application/pdf"), "t");
        PageTexts texts = repository.pageTexts();
        texts.replace(scan.id(), "1.0", List.of(
                new PageText(2, PageText.TextSource.OCR, "eng+hin", 88.5f, "दूसरा पृष्ठ"),
                new PageText(1, PageText.TextSource.OCR, "eng+hin", 91f, "पहला पृष्ठ")));
        assertThat(texts.of(scan.id())).extracting(PageText::text).containsExactly("पहला पृष्ठ", "दूसरा पृष्ठ");
        texts.replace(scan.id(), "1.1", List.of(new PageText(1, PageText.TextSource.TEXT_LAYER, null, null, "only page")));
        assertThat(texts.of(scan.id())).singleElement().extracting(PageText::text).isEqualTo("only page");
    }

    @Test
    void textOfAMissingDocumentIsRefused(DataSource dataSource) {
        PageTexts texts = Repository.assemble(dataSource, contentRoot, 1 << 20).pageTexts();
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> texts.replace(missing, "1.0", List.of())).isInstanceOf(NodeNotFoundException.class);
        assertThatThrownBy(() -> new PageText(0, PageText.TextSource.OCR, null, null, "")).hasMessageContaining("from 1");
    }
}
