package org.daftar.ocr.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.daftar.repository.node.NodeService;

/**
 * Step 3: hashes the bytes (SHA-256, as the content store does) and stops when a live scan was first stored with
 * the same bytes, so importing a folder again creates nothing twice. Only scans the bringer may read count: a
 * duplicate they may not see is not named to them.
 */
final class SkipDuplicate implements IngestStep {

    private final NodeService nodes;

    SkipDuplicate(NodeService nodes) {
        this.nodes = nodes;
    }

    @Override
    public void run(IngestContext context) {
        context.contentHash = sha256(context.document.file());
        nodes.firstWithOriginalContent(context.contentHash, "eo:scan", context.document.actor())
                .ifPresent(existing -> {
                    throw new StopIngest(new IngestOutcome.Duplicate(existing.id(), context.contentHash));
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
