package org.daftar.ocr.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultRenderer;

/**
 * The one C function Tess4J 5.9.0 declares wrongly: {@code TessResultRendererAddImage} takes the engine handle
 * itself, but Tess4J's signature passes a pointer to it.
 */
interface TesseractNative extends Library {

    TesseractNative INSTANCE = Native.load("tesseract", TesseractNative.class);

    int TessResultRendererAddImage(TessResultRenderer renderer, TessBaseAPI api);
}
