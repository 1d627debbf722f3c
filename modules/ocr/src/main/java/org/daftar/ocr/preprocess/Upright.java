package org.daftar.ocr.preprocess;

import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.PageImage;

/** Turns a page scanned sideways or upside down upright, as Tesseract's orientation detection says. */
public final class Upright implements PreprocessingStep {

    @Override
    public String name() {
        return "upright";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        int rotation = engine.uprightRotation(page.image(), page.dpi());
        if (rotation == 0) {
            return page;
        }
        return page.withImage(Rotations.quarterTurns(page.image(), rotation), true);
    }
}
