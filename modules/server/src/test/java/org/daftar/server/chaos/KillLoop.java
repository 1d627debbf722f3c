package org.daftar.server.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The crash drill: rounds of concurrent load (document uploads, receipts diarised and sent, e-files sent back and
 * forth between two desks, the outbox indexer feeding search behind them), each ended by {@code kill -9} of the
 * server JVM at a seeded random moment, then a restart on the same home and the checks: every acknowledged
 * document, receipt and movement is there (documents byte for byte), none twice, nothing the client never asked
 * for, search finds exactly what the database holds, and the audit chain verifies.
 *
 * <p>Run by {@code KillLoopTest} in the suite and by {@code scripts/bench chaos} for longer runs.
 */
final class KillLoop {

    private static final String ROOT = "00000000-0000-0000-0000-000000000001";
    private static final String E = "/api/v1/eoffice";
    private static final Duration INDEX_WAIT = Duration.ofMinutes(2);
    private static final int FILES = 4;

    /**
     * @param rounds    how many kill/restart rounds
     * @param seed      seeds the kill moments, so a run can be repeated
     * @param minLoadMs earliest kill, in ms after the load started
     * @param maxLoadMs latest kill
     * @param uploaders concurrent document uploaders
     */
    record Settings(int rounds, long seed, int minLoadMs, int maxLoadMs, int uploaders, Path work) {
    }

    /** One round's outcome; {@code problems} names each finding, empty when the round is clean. */
    record Round(int round, long killAtMs, long acknowledged, long unknown, long startMs, boolean leftoverPostgres,
                 long checkMs, int lost, int duplicated, boolean indexEqualsDatabase, boolean auditOk, List<String> problems) {

        boolean clean() {
            return problems.isEmpty();
        }

        String line(long seed) {
            return String.format("round %2d  seed %d  kill at %5d ms  acknowledged %4d (+%d cut)  start %5d ms"
                            + " (postgres left running: %s)  checks %5d ms  lost %d  duplicated %d  index==db %s  audit %s",
                    round, seed, killAtMs, acknowledged, unknown, startMs, leftoverPostgres ? "yes" : "no", checkMs,
                    lost, duplicated,
                    indexEqualsDatabase ? "yes" : "NO", auditOk ? "ok" : "FAILED");
        }
    }

    /** The whole drill's outcome. */
    record Result(List<Round> rounds, long firstStartMs, boolean stoppedCleanly, int postgresLeftAtEnd) {
    }

    private final Settings settings;
    private final PrintStream out;
    private final Random random;
    private final Ledger ledger = new Ledger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String docToken;
    private final String receiptToken;
    private final String fileToken;
    private long ag2Post;
    private long osPost;
    private String folderId;

    KillLoop(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.random = new Random(settings.seed());
        // made-up words, one per kind, so a search for one counts exactly that kind's drill items
        String run = letters(new Random(settings.seed() ^ 0x5DEECE66DL), 6);
        this.docToken = "kdoc" + run;
        this.receiptToken = "krcp" + run;
        this.fileToken = "kfil" + run;
    }

    Result run() throws IOException, InterruptedException {
        Path home = settings.work().resolve("home");
        Files.createDirectories(home);
        ServerProcess server = new ServerProcess(home, settings.work().resolve("server.log"));
        out.printf("crash drill: %d rounds, seed %d, kill between %d and %d ms into the load, home %s%n",
                settings.rounds(), settings.seed(), settings.minLoadMs(), settings.maxLoadMs(), home);
        List<Round> rounds = new ArrayList<>();
        long firstStart = server.start();
        boolean stopped = false;
        try {
            out.printf("first start: %d ms (pid %d, port %d)%n", firstStart, server.pid(), server.port());
            setUp(server.port());
            for (int round = 1; round <= settings.rounds(); round++) {
                Round result = round(round, server);
                rounds.add(result);
                out.println(result.line(settings.seed()));
                result.problems().forEach(p -> out.println("    problem: " + p));
            }
        } finally {
            stopped = server.stop();
        }
        int left = awaitPostgresGone(server);
        out.printf("stopped cleanly: %s; embedded PostgreSQL processes left: %d%n", stopped ? "yes" : "NO", left);
        return new Result(rounds, firstStart, stopped, left);
    }

    private void setUp(int port) throws IOException, InterruptedException {
        DrillHttp admin = admin(port);
        DrillHttp ag2 = demo(port, "ag2.rev");
        DrillHttp os = demo(port, "os.rev");
        ag2Post = ag2.get(E + "/me/posts").json().get(0).get("id").asLong();
        osPost = os.get(E + "/me/posts").json().get(0).get("id").asLong();
        DrillHttp.Answer folder = admin.postJson("/api/v1/nodes/" + ROOT + "/children",
                Map.of("name", "crash-drill-" + settings.seed() + "-" + UUID.randomUUID(), "type", "cm:folder"));
        require(folder, "create the drill folder");
        folderId = folder.json().get("id").asString();
        for (int i = 0; i < FILES; i++) {
            DrillHttp.Answer file = ag2.postJson(E + "/files", Map.of("head", "A-12011",
                    "subject", fileToken + " भूमि अभिलेख " + i, "category", "Land Records"));
            require(file, "open e-file " + i);
            ledger.files.add(new Ledger.DrillFile(UUID.fromString(file.json().get("id").asString()),
                    file.json().get("number").asString(), ag2Post));
        }
    }

    private Round round(int round, ServerProcess server) throws IOException, InterruptedException {
        int port = server.port();
        long acknowledgedBefore = acknowledgedTotal();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < settings.uploaders(); i++) {
            load.add(Thread.ofPlatform().name("drill-upload-" + i).start(() -> uploads(port, running, refused)));
        }
        load.add(Thread.ofPlatform().name("drill-receipts").start(() -> receipts(port, running, refused)));
        load.add(Thread.ofPlatform().name("drill-sends").start(() -> sends(port, round, running, refused)));
        long killAt = settings.minLoadMs() + random.nextInt(Math.max(1, settings.maxLoadMs() - settings.minLoadMs()));
        // The kill must land at a random moment of the load: waiting out that moment is the point of the drill.
        Thread.sleep(killAt);
        server.kill();
        running.set(false);
        for (Thread thread : load) {
            thread.join();
        }
        // The guard stops the orphaned PostgreSQL a moment after the kill; the restart comes at once, so the crash-safe
        // start usually meets it still running.
        boolean leftover = !server.postgresProcesses().isEmpty();
        long acknowledged = acknowledgedTotal() - acknowledgedBefore;
        long unknown = ledger.unknown(ledger.documents) + ledger.unknown(ledger.receipts)
                + ledger.files.stream().filter(f -> f.uncertain).count();
        long startMs = server.start();

        long checksStarted = System.nanoTime();
        List<String> problems = new ArrayList<>(refused);
        int[] lostAndDuplicated = new int[2];
        checkDocuments(server.port(), problems, lostAndDuplicated);
        checkReceipts(server.port(), problems, lostAndDuplicated);
        checkFiles(server.port(), problems, lostAndDuplicated);
        boolean index = checkIndex(server.port(), problems);
        boolean audit = checkAudit(server.port(), problems);
        long checkMs = (System.nanoTime() - checksStarted) / 1_000_000;
        return new Round(round, killAt, acknowledged, unknown, startMs, leftover, checkMs, lostAndDuplicated[0],
                lostAndDuplicated[1], index, audit, List.copyOf(problems));
    }

    // ---- load ------------------------------------------------------------------------------------------------

    private void uploads(int port, AtomicBoolean running, List<String> refused) {
        DrillHttp admin = admin(port);
        while (running.get()) {
            int n = sequence.incrementAndGet();
            String name = "drill-" + n + ".txt";
            byte[] content = (docToken + " दस्तावेज़ क्रमांक " + n + " ओलावृष्टि सर्वेक्षण " + "x".repeat(n % 200))
                    .getBytes(StandardCharsets.UTF_8);
            Ledger.Entry entry = new Ledger.Entry(name, sha256(content));
            ledger.documents.put(name, entry);
            try {
                DrillHttp.Answer answer = admin.upload("/api/v1/nodes/" + folderId + "/children", name, content);
                if (answer.status() == 201) {
                    entry.id = UUID.fromString(answer.json().get("id").asString());
                    entry.acknowledged = true;
                } else {
                    refused.add("upload " + name + " answered " + answer.status() + ": " + answer.text());
                }
            } catch (IOException cutByTheKill) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void receipts(int port, AtomicBoolean running, List<String> refused) {
        DrillHttp dak = demo(port, "dak.clerk");
        while (running.get()) {
            int n = sequence.incrementAndGet();
            String subject = receiptToken + " आवेदन " + n;
            Ledger.Entry entry = new Ledger.Entry(subject, null);
            ledger.receipts.put(subject, entry);
            Map<String, Object> body = new HashMap<>();
            body.put("subject", subject);
            body.put("senderName", "श्री रामलाल");
            body.put("senderCity", "Ashta");
            body.put("receivedDate", LocalDate.now().toString());
            body.put("deliveryMode", "Hand");
            body.put("electronic", false);
            try {
                DrillHttp.Answer answer = dak.postJson(E + "/receipts?sendTo=" + ag2Post, body);
                if (answer.status() == 201) {
                    entry.id = UUID.fromString(answer.json().get("id").asString());
                    entry.acknowledged = true;
                } else {
                    refused.add("receipt " + n + " answered " + answer.status() + ": " + answer.text());
                }
            } catch (IOException cutByTheKill) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sends(int port, int round, AtomicBoolean running, List<String> refused) {
        DrillHttp ag2 = demo(port, "ag2.rev");
        DrillHttp os = demo(port, "os.rev");
        int turn = 0;
        while (running.get()) {
            Ledger.DrillFile file = ledger.files.get(turn++ % ledger.files.size());
            long to = file.holder == ag2Post ? osPost : ag2Post;
            DrillHttp from = file.holder == ag2Post ? ag2 : os;
            file.uncertain = true;
            try {
                DrillHttp.Answer answer = from.postJson(E + "/files/" + file.id + "/send",
                        Map.of("toPostId", to, "remarks", "drill round " + round + " send " + turn));
                file.uncertain = false;
                if (answer.status() == 201) {
                    file.acknowledgedSends.add(answer.json().get("id").asLong());
                    file.holder = to;
                } else {
                    refused.add("send of " + file.number + " answered " + answer.status() + ": " + answer.text());
                }
            } catch (IOException cutByTheKill) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    /** Every acknowledged document with its bytes; no name twice; nothing the client did not send; cut uploads whole or absent. */
    private void checkDocuments(int port, List<String> problems, int[] lostAndDuplicated)
            throws IOException, InterruptedException {
        DrillHttp admin = admin(port);
        Map<String, JsonNode> stored = new HashMap<>();
        int skip = 0;
        while (true) {
            JsonNode page = admin.get("/api/v1/nodes/" + folderId + "/children?maxItems=1000&skipCount=" + skip).json();
            for (JsonNode node : page.get("items")) {
                String name = node.get("name").asString();
                if (stored.put(name, node) != null) {
                    lostAndDuplicated[1]++;
                    problems.add("document " + name + " is stored twice");
                }
            }
            skip += page.get("items").size();
            if (!page.get("hasMoreItems").asBoolean()) {
                break;
            }
        }
        for (Ledger.Entry entry : List.copyOf(ledger.documents.values())) {
            JsonNode node = stored.remove(entry.key);
            if (node == null) {
                if (entry.acknowledged) {
                    lostAndDuplicated[0]++;
                    problems.add("acknowledged document " + entry.key + " (" + entry.id + ") is lost");
                } else {
                    ledger.documents.remove(entry.key); // cut before it happened
                }
                continue;
            }
            String id = node.get("id").asString();
            if (entry.acknowledged && !id.equals(String.valueOf(entry.id))) {
                lostAndDuplicated[1]++;
                problems.add("document " + entry.key + " has id " + id + ", acknowledged as " + entry.id);
            }
            DrillHttp.Answer content = admin.get("/api/v1/nodes/" + id + "/content");
            String sha = content.status() == 200 ? sha256(content.body()) : "HTTP " + content.status();
            if (!sha.equals(entry.sha256)) {
                lostAndDuplicated[0]++;
                problems.add("document " + entry.key + " content " + sha + " differs from what was sent (" + entry.sha256 + ")");
            }
            entry.id = UUID.fromString(id);
            entry.acknowledged = true; // a cut upload that happened is now known
        }
        for (String phantom : stored.keySet()) {
            lostAndDuplicated[1]++;
            problems.add("document " + phantom + " exists but was never sent");
        }
    }

    /** Every acknowledged receipt in the addressee's inbox, each subject and diary number once. */
    private void checkReceipts(int port, List<String> problems, int[] lostAndDuplicated)
            throws IOException, InterruptedException {
        DrillHttp ag2 = demo(port, "ag2.rev");
        Map<String, String> idBySubject = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        for (JsonNode entry : pages(ag2, E + "/desks/" + ag2Post + "/inbox?kind=receipt")) {
            String subject = entry.get("subject").asString();
            if (!subject.startsWith(receiptToken)) {
                continue;
            }
            if (idBySubject.put(subject, entry.get("itemId").asString()) != null) {
                lostAndDuplicated[1]++;
                problems.add("receipt '" + subject + "' was diarised twice");
            }
            if (!numbers.add(entry.get("number").asString())) {
                lostAndDuplicated[1]++;
                problems.add("diary number " + entry.get("number").asString() + " is given twice");
            }
        }
        for (Ledger.Entry entry : List.copyOf(ledger.receipts.values())) {
            String id = idBySubject.remove(entry.key);
            if (id == null) {
                if (entry.acknowledged) {
                    lostAndDuplicated[0]++;
                    problems.add("acknowledged receipt '" + entry.key + "' (" + entry.id + ") is lost");
                } else {
                    ledger.receipts.remove(entry.key);
                }
                continue;
            }
            if (entry.acknowledged && !id.equals(String.valueOf(entry.id))) {
                lostAndDuplicated[1]++;
                problems.add("receipt '" + entry.key + "' has id " + id + ", acknowledged as " + entry.id);
            }
            entry.id = UUID.fromString(id);
            entry.acknowledged = true;
        }
        for (String phantom : idBySubject.keySet()) {
            lostAndDuplicated[1]++;
            problems.add("receipt '" + phantom + "' exists but was never sent");
        }
    }

    /** Every acknowledged send in the file's history, a cut send at most once, the holder where the last send left it. */
    private void checkFiles(int port, List<String> problems, int[] lostAndDuplicated)
            throws IOException, InterruptedException {
        DrillHttp ag2 = demo(port, "ag2.rev");
        Set<String> numbers = new HashSet<>();
        for (Ledger.DrillFile file : ledger.files) {
            if (!numbers.add(file.number)) {
                lostAndDuplicated[1]++;
                problems.add("file number " + file.number + " is given twice");
            }
            JsonNode item = ag2.get(E + "/files/" + file.id).json();
            List<JsonNode> sent = new ArrayList<>();
            for (JsonNode movement : ag2.get(E + "/files/" + file.id + "/movements").json()) {
                if (movement.get("action").asString().equals("Sent")) {
                    sent.add(movement);
                }
            }
            Set<Long> ids = new HashSet<>();
            sent.forEach(m -> ids.add(m.get("id").asLong()));
            List<Long> acknowledged;
            synchronized (file.acknowledgedSends) {
                acknowledged = List.copyOf(file.acknowledgedSends);
            }
            for (long id : acknowledged) {
                if (!ids.contains(id)) {
                    lostAndDuplicated[0]++;
                    problems.add("acknowledged send " + id + " of " + file.number + " is not in its movements");
                }
            }
            int extra = sent.size() - acknowledged.size();
            if (extra < 0 || extra > (file.uncertain ? 1 : 0)) {
                lostAndDuplicated[extra < 0 ? 0 : 1]++;
                problems.add(file.number + " has " + sent.size() + " sends; acknowledged " + acknowledged.size()
                        + (file.uncertain ? " and one cut" : ""));
            }
            long lastTo = sent.isEmpty() ? ag2Post : sent.getLast().get("toPost").asLong();
            long holder = item.get("holderPost").asLong();
            if (holder != lastTo) {
                problems.add(file.number + " is held by post " + holder + " but its last send went to " + lastTo);
            }
            synchronized (file.acknowledgedSends) {
                file.acknowledgedSends.clear();
                sent.forEach(m -> file.acknowledgedSends.add(m.get("id").asLong()));
            }
            file.holder = holder;
            file.uncertain = false;
        }
    }

    /** Once the outbox has drained, search finds exactly the drill's documents, receipts and files. */
    private boolean checkIndex(int port, List<String> problems) throws IOException, InterruptedException {
        // Administrators are no readers of e-Office items: receipts and files are searched as the desk that holds them.
        DrillHttp admin = admin(port);
        DrillHttp ag2 = demo(port, "ag2.rev");
        Map<String, DrillHttp> searcher = Map.of(docToken, admin, receiptToken, ag2, fileToken, ag2);
        Map<String, Set<String>> expected = Map.of(
                docToken, ids(ledger.documents),
                receiptToken, ids(ledger.receipts),
                fileToken, ledger.files.stream().map(f -> f.id.toString()).collect(java.util.stream.Collectors.toSet()));
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        Map<String, Set<String>> found = new HashMap<>();
        while (true) {
            found.clear();
            for (String token : expected.keySet()) {
                found.put(token, searchIds(searcher.get(token), token));
            }
            if (found.equals(expected)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                for (String token : expected.keySet()) {
                    Set<String> missing = new HashSet<>(expected.get(token));
                    missing.removeAll(found.get(token));
                    Set<String> surplus = new HashSet<>(found.get(token));
                    surplus.removeAll(expected.get(token));
                    if (!missing.isEmpty() || !surplus.isEmpty()) {
                        problems.add("search for " + token + " after " + INDEX_WAIT.toSeconds() + " s: " + missing.size()
                                + " in the database but not found " + sample(missing) + ", " + surplus.size()
                                + " found but not in the database " + sample(surplus));
                    }
                }
                return false;
            }
            // the outbox indexer works on its own schedule; poll its visible effect
            Thread.sleep(200);
        }
    }

    private boolean checkAudit(int port, List<String> problems) throws IOException, InterruptedException {
        DrillHttp.Answer verify = admin(port).postJson("/api/v1/admin/audit/verify", Map.of());
        boolean ok = verify.status() == 200 && verify.json().get("ok").asBoolean();
        if (!ok) {
            problems.add("audit verify answered " + verify.status() + ": " + verify.text());
        }
        return ok;
    }

    /** Acknowledged creates and sends so far (cut ones that turned out to have happened count once checked). */
    private long acknowledgedTotal() {
        return ledger.acknowledged(ledger.documents) + ledger.acknowledged(ledger.receipts)
                + ledger.files.stream().mapToLong(f -> f.acknowledgedSends.size()).sum();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Set<String> searchIds(DrillHttp user, String token) throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        int skip = 0;
        while (true) {
            DrillHttp.Answer answer = user.get("/api/v1/search?q=" + token + "&maxItems=100&skipCount=" + skip);
            require(answer, "search " + token);
            JsonNode hits = answer.json().get("hits");
            hits.forEach(h -> ids.add(h.get("nodeId").asString()));
            skip += hits.size();
            if (hits.isEmpty() || skip >= answer.json().get("total").asLong()) {
                return ids;
            }
        }
    }

    private static List<JsonNode> pages(DrillHttp user, String path) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (int skip = 0; ; ) {
            DrillHttp.Answer answer = user.get(path + "&maxItems=1000&skipCount=" + skip);
            require(answer, "list " + path);
            JsonNode page = answer.json();
            page.forEach(all::add);
            skip += page.size();
            if (page.size() < 1000) {
                return all;
            }
        }
    }

    private static Set<String> ids(Map<String, Ledger.Entry> entries) {
        Set<String> ids = new HashSet<>();
        entries.values().forEach(e -> ids.add(String.valueOf(e.id)));
        return ids;
    }

    private int awaitPostgresGone(ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!server.postgresProcesses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return server.postgresProcesses().size();
    }

    private static DrillHttp admin(int port) {
        return new DrillHttp(port, "admin", ServerProcess.ADMIN_PASSWORD);
    }

    private static DrillHttp demo(int port, String user) {
        return new DrillHttp(port, user, ServerProcess.DEMO_PASSWORD);
    }

    private static void require(DrillHttp.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("Could not " + what + ": HTTP " + answer.status() + " " + answer.text());
        }
    }

    private static String sample(Set<String> ids) {
        return ids.stream().limit(3).toList().toString();
    }

    private static String letters(Random random, int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
