package org.daftar.ocr.preprocess;

import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.PageImage;

/**
 * One cleanup step. Contract: returns the page unchanged when there is nothing to do; marks the result
 * {@link PageImage#geometryChanged()} when pixels moved; never changes the resolution.
 */
public interface PreprocessingStep {

    String name();

    PageImage apply(PageImage page, OcrEngine engine);
}
