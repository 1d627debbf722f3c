package org.daftar.ocr.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step 3: hashes the bytes (SHA-256, as the content store does) and stops when a live scan was first stored with
 * the same bytes, so importing a folder again creates nothing twice.
 */
final class SkipDuplicate implements IngestStep {

    private final JdbcClient jdbc;

    SkipDuplicate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(IngestContext context) {
        context.contentHash = sha256(context.document.file());
        jdbc.sql("""
                SELECT n.id FROM node n JOIN node_version v ON v.node_id = n.id AND v.major = 1 AND v.minor = 0
                WHERE v.content_hash = ? AND n.type = 'eo:scan' AND n.deleted_at IS NULL
                ORDER BY n.created_at LIMIT 1
                """).param(context.contentHash).query(UUID.class).optional()
                .ifPresent(existing -> {
                    throw new StopIngest(new IngestOutcome.Duplicate(existing, context.contentHash));
                });
    }

    static String sha256(java.nio.file.Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
