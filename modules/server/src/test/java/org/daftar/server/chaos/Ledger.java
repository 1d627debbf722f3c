package org.daftar.server.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the client was told: every create the server acknowledged (2xx) and every one whose answer was cut by the
 * kill (unknown: it may or may not have happened, but never twice). Keyed by a name unique to each request.
 */
final class Ledger {

    /** One create request: what was sent, and the id when it was acknowledged. */
    static final class Entry {
        final String key;
        final String sha256;
        volatile UUID id;
        volatile boolean acknowledged;

        Entry(String key, String sha256) {
            this.key = key;
            this.sha256 = sha256;
        }
    }

    /** An e-file moved between two desks; its acknowledged sends and whether the last send's answer was lost. */
    static final class DrillFile {
        final UUID id;
        final String number;
        volatile long holder;
        final List<Long> acknowledgedSends = new ArrayList<>();
        volatile boolean uncertain;

        DrillFile(UUID id, String number, long holder) {
            this.id = id;
            this.number = number;
            this.holder = holder;
        }
    }

    final Map<String, Entry> documents = new ConcurrentHashMap<>();
    final Map<String, Entry> receipts = new ConcurrentHashMap<>();
    final List<DrillFile> files = new ArrayList<>();

    long acknowledged(Map<String, Entry> entries) {
        return entries.values().stream().filter(e -> e.acknowledged).count();
    }

    long unknown(Map<String, Entry> entries) {
        return entries.values().stream().filter(e -> !e.acknowledged).count();
    }
}
