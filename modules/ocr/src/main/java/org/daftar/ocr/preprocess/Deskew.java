package org.daftar.ocr.preprocess;

import com.recognition.software.jdeskew.ImageDeskew;
import org.daftar.ocr.input.PageImage;
import org.daftar.ocr.engine.OcrEngine;

/** Straightens a page scanned slightly askew, by the dominant text-line angle (Hough transform, from Tess4J). */
public final class Deskew implements PreprocessingStep {

    /** Below this the rotation's resampling blur costs more than the skew. */
    private static final double MIN_DEGREES = 0.15;
    /** Beyond this the Hough estimate is more likely wrong than the page. */
    private static final double MAX_DEGREES = 10;

    @Override
    public String name() {
        return "deskew";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        double angle = new ImageDeskew(page.image()).getSkewAngle();
        if (Math.abs(angle) < MIN_DEGREES || Math.abs(angle) > MAX_DEGREES) {
            return page;
        }
        return page.withImage(Rotations.by(page.image(), -angle), true);
    }
}
