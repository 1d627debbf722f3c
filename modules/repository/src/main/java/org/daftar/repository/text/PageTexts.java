package org.daftar.repository.text;

import java.util.List;
import java.util.UUID;
import org.daftar.repository.NodeNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-page text of documents ({@code page_text}), written by text extraction and OCR and read by search. A
 * document's pages are always replaced together, so readers never see a mix of old and new pages.
 */
public final class PageTexts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public PageTexts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Replaces all page texts of a document with {@code pages}, recorded as the text of version
     * {@code versionLabel}. Joins the caller's transaction if there is one.
     */
    public void replace(UUID nodeId, String versionLabel, List<PageText> pages) {
        transaction.executeWithoutResult(status -> {
            boolean live = jdbc.sql("SELECT count(*) FROM node WHERE id = ? AND deleted_at IS NULL AND NOT is_folder")
                    .param(nodeId).query(Long.class).single() > 0;
            if (!live) {
                throw new NodeNotFoundException(nodeId);
            }
            jdbc.sql("DELETE FROM page_text WHERE node_id = ?").param(nodeId).update();
            for (PageText page : pages) {
                jdbc.sql("""
                        INSERT INTO page_text (node_id, page, version_label, source, language, confidence, text)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                        .params(nodeId, page.page(), versionLabel, page.source().name(), page.language(),
                                page.confidence(), page.text())
                        .update();
            }
        });
    }

    /** The pages of a document in page order; empty when no text has been recorded. */
    public List<PageText> of(UUID nodeId) {
        return jdbc.sql("SELECT * FROM page_text WHERE node_id = ? ORDER BY page")
                .param(nodeId)
                .query((rs, row) -> new PageText(rs.getInt("page"), PageText.TextSource.valueOf(rs.getString("source")),
                        rs.getString("language"), (Float) rs.getObject("confidence", Float.class), rs.getString("text")))
                .list();
    }
}
