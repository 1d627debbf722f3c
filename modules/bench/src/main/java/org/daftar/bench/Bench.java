package org.daftar.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/** Entry point of {@code scripts/bench NAME [options]}: runs one named benchmark. */
public final class Bench {

    private static final Map<String, Function<String[], Integer>> BENCHMARKS = Map.of(
            "repository", RepositoryBench::run,
            "ocr", OcrBench::run,
            "cmis", CmisBench::run,
            "search", SearchBench::run,
            "eoffice", EofficeBench::run,
            "ui", UiBench::run,
            "audit", AuditBench::run,
            "backup", BackupBench::run);

    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("usage: scripts/bench NAME [options]; benchmarks: " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        System.exit(BENCHMARKS.get(args[0]).apply(Arrays.copyOfRange(args, 1, args.length)));
    }
}
