package org.daftar.cmis.objects;

import java.time.Instant;

/** Change tokens: the modification time in microseconds, the precision the database keeps. */
public final class ChangeTokens {

    private ChangeTokens() {
    }

    public static String of(Instant modifiedAt) {
        return Long.toString(modifiedAt.getEpochSecond() * 1_000_000L + modifiedAt.getNano() / 1_000);
    }
}
