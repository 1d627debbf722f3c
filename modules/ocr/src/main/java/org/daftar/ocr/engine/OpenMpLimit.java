package org.daftar.ocr.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Sets {@code OMP_THREAD_LIMIT=1} in this process before libtesseract (and with it OpenMP) is loaded, unless the
 * launcher set it: Daftar runs one engine per core, and OpenMP inside each made a dense page take 9.3 s instead of
 * 5.3 s on two cores. The JDK cannot change its own environment, so this calls the C library's {@code setenv}.
 */
final class OpenMpLimit {

    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private OpenMpLimit() {
    }

    static void apply() {
        Native.load("c", CLibrary.class).setenv("OMP_THREAD_LIMIT", "1", 0);
    }
}
