package org.daftar.repository.database;

import java.nio.file.Path;

/**
 * A JVM that starts an embedded PostgreSQL on the directory given as its argument, prints "ready" and waits to be
 * killed: the server process of {@link CrashSafeStartTest}.
 */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        System.out.println("ready");
        System.out.flush();
        System.in.read();   // until the test kills this JVM (or closes its input)
    }
}
