package org.daftar.ocr.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.PageImage;

/**
 * Which cleanup steps run, in their fixed order: deskew, despeckle — and whether a page that reads badly is checked
 * for rotation (upright). Orientation detection costs about a third of a page's OCR time, so it runs only on
 * demand: {@code PageWork} asks for it when the first reading's confidence is low.
 *
 * @param upright   detect and undo page rotation (90/180/270) with Tesseract's orientation detection
 * @param deskew    straighten a page scanned slightly askew
 * @param despeckle remove isolated dark and light pixels (3×3 median)
 */
public record Preprocessing(boolean upright, boolean deskew, boolean despeckle) {

    /**
     * The steps that measured as helping (docs/ocr.md): despeckle (heavy scans 92.6% → 0.6% CER) and upright (for
     * pages scanned sideways); deskew made CER worse (0.6% → 6.3% on heavy scans; Tesseract copes with a few
     * degrees itself) and is off.
     */
    public static Preprocessing defaults() {
        return new Preprocessing(true, false, true);
    }

    public static Preprocessing none() {
        return new Preprocessing(false, false, false);
    }

    /** The cleanup steps run on every page (upright is not among them; see the class comment). */
    public List<PreprocessingStep> steps() {
        List<PreprocessingStep> steps = new ArrayList<>();
        if (deskew) {
            steps.add(new Deskew());
        }
        if (despeckle) {
            steps.add(new Despeckle());
        }
        return steps;
    }

    /** Runs the cleanup steps in order. */
    public PageImage apply(PageImage page, OcrEngine engine) {
        PageImage current = page;
        for (PreprocessingStep step : steps()) {
            current = step.apply(current, engine);
        }
        return current;
    }
}
