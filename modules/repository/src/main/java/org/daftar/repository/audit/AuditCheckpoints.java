package org.daftar.repository.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed checkpoints of the chain head, kept outside the database: an append-only file
 * {@code checkpoints.log} in a directory under {@code daftar.home} (by default {@code $DAFTAR_HOME/audit}), each
 * line signed with an Ed25519 key generated on first use and kept beside it ({@code checkpoint-signing.key}, mode
 * 0600; the public half in {@code checkpoint-signing.pub}).
 *
 * <p>Why: anyone who can write to the database can rewrite events <em>and</em> recompute every later link, since
 * SHA-256 needs no secret. A checkpoint pins the chain's hash at a position in a place the database cannot reach;
 * verification then reports any checkpoint the chain no longer reproduces. Signing makes an edited line visible
 * even to someone holding only the public key (a backup, an auditor), and a forged line needs the private key.
 *
 * <p>A line: {@code checkpoint n=3 at=2026-12-04T10:15:30.123Z position=1234 event=5678 hash=<64 hex> sig=<base64>},
 * the signature over the UTF-8 bytes before {@code " sig="}; {@code event=none} for an empty chain.
 */
public final class AuditCheckpoints {

    /** The checkpoint file's name inside the directory. */
    public static final String FILE = "checkpoints.log";

    private static final Pattern LINE = Pattern.compile(
            "checkpoint n=(\\d+) at=(\\S+) position=(\\d+) event=(\\d+|none) hash=([0-9a-f]{64})");

    private final Path directory;
    private final AuditChain chain;
    private final Clock clock;
    private final KeyPair keys;

    /** Opens the directory, creating it and the signing key on first use. */
    public AuditCheckpoints(Path directory, AuditChain chain, Clock clock) {
        this.directory = directory;
        this.chain = chain;
        this.clock = clock;
        this.keys = loadOrCreateKeys();
    }

    /** A checkpoint read back from the file. */
    public record Checkpoint(int number, Instant at, long position, Long eventId, String hash) {
    }

    /** The checkpoints whose signatures hold, and a finding for every line that is not one. */
    public record Readings(List<Checkpoint> checkpoints, List<AuditFinding> problems) {
    }

    public Path file() {
        return directory.resolve(FILE);
    }

    /** The SHA-256 of the public key, first 16 bytes in hex, in groups of four: for the printed register. */
    public String keyFingerprint() {
        String hex = AuditChain.hex(AuditChain.sha256().digest(keys.getPublic().getEncoded())).substring(0, 32);
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    /** Appends a signed checkpoint of the committed chain head and forces it to disk. */
    public synchronized Checkpoint write() {
        AuditChain.Head head = chain.head();
        Readings existing = read();
        int number = existing.checkpoints().stream().mapToInt(Checkpoint::number).max().orElse(0) + 1;
        Checkpoint checkpoint = new Checkpoint(number, clock.instant(), head.position(), head.eventId(), head.hash());
        String body = body(checkpoint);
        String line = body + " sig=" + Base64.getEncoder().encodeToString(sign(body)) + "\n";
        try (FileChannel out = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file(), e);
        }
        return checkpoint;
    }

    /** Reads every line; a line that does not parse or whose signature fails is a problem, not a checkpoint. */
    public Readings read() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<AuditFinding> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.exists(file()) ? Files.readAllLines(file(), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file(), e);
        }
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Optional<Checkpoint> checkpoint = parse(line);
            if (checkpoint.isEmpty()) {
                problems.add(fileProblem("line " + (i + 1) + " of " + file()
                        + " is not a correctly signed checkpoint: it was edited or written by someone else"));
                continue;
            }
            Checkpoint c = checkpoint.get();
            if (c.number() > expected) {
                boolean several = c.number() - 1 > expected;
                problems.add(fileProblem((several ? "checkpoints " + expected + " to " : "checkpoint ")
                        + (c.number() - 1) + " before line " + (i + 1) + " of " + file()
                        + (several ? " are" : " is") + " missing or unreadable: lines were removed or edited"));
            } else if (c.number() < expected) {
                problems.add(fileProblem("checkpoint " + c.number() + " on line " + (i + 1) + " of " + file()
                        + " is out of order (checkpoint " + expected + " was expected): lines were copied or reordered"));
            }
            expected = c.number() + 1;
            checkpoints.add(c);
        }
        return new Readings(List.copyOf(checkpoints), List.copyOf(problems));
    }

    /** The newest correctly signed checkpoint. */
    public Optional<Checkpoint> latest() {
        List<Checkpoint> all = read().checkpoints();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private Optional<Checkpoint> parse(String line) {
        int sig = line.lastIndexOf(" sig=");
        if (sig < 0) {
            return Optional.empty();
        }
        String body = line.substring(0, sig);
        Matcher m = LINE.matcher(body);
        if (!m.matches() || !verify(body, line.substring(sig + 5))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Integer.parseInt(m.group(1)), Instant.parse(m.group(2)),
                    Long.parseLong(m.group(3)), m.group(4).equals("none") ? null : Long.valueOf(m.group(4)),
                    m.group(5)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String body(Checkpoint c) {
        return "checkpoint n=" + c.number() + " at=" + c.at() + " position=" + c.position() + " event="
                + (c.eventId() == null ? "none" : c.eventId()) + " hash=" + c.hash();
    }

    private static AuditFinding fileProblem(String message) {
        return new AuditFinding(AuditFinding.Kind.CHECKPOINT_FILE, null, null, message);
    }

    private byte[] sign(String body) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(body.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    private boolean verify(String body, String base64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(keys.getPublic());
            signature.update(body.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private KeyPair loadOrCreateKeys() {
        Path privateFile = directory.resolve("checkpoint-signing.key");
        Path publicFile = directory.resolve("checkpoint-signing.pub");
        try {
            Files.createDirectories(directory);
            if (!Files.exists(privateFile)) {
                KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                writePrivate(privateFile, generated.getPrivate());
                Files.writeString(publicFile, Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()) + "\n");
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(privateFile).strip())));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(publicFile).strip())));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit checkpoint key in " + directory, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit checkpoint key in " + directory + " is unreadable", e);
        }
    }

    /** Created 0600 from the start, so the key is never readable by others, not even for a moment. */
    private static void writePrivate(Path file, PrivateKey key) throws IOException {
        String text = Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " appeared while it was being created", e);
        }
        Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
