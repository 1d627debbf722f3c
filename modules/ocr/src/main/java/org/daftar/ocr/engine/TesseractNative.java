package org.daftar.ocr.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultRenderer;

/**
 * C functions Tess4J 5.9.0 declares wrongly or not at all: {@code TessResultRendererAddImage} takes the engine
 * handle itself, but Tess4J's signature passes a pointer to it; and Tess4J's {@code ETEXT_DESC} structure predates
 * Tesseract 5's layout (it lacks {@code progress_callback2}), so the monitor that carries a deadline is made and
 * set through the C API's own functions and passed as an opaque pointer.
 */
interface TesseractNative extends Library {

    TesseractNative INSTANCE = Native.load("tesseract", TesseractNative.class);

    int TessResultRendererAddImage(TessResultRenderer renderer, TessBaseAPI api);

    Pointer TessMonitorCreate();

    void TessMonitorDelete(Pointer monitor);

    void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);

    int TessBaseAPIRecognize(TessBaseAPI api, Pointer monitor);
}
