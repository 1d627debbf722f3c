package org.daftar.ocr.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.daftar.ocr.engine.Images;

/** Rotating grey page images, filling uncovered corners with white paper. */
final class Rotations {

    private Rotations() {
    }

    /** Rotates clockwise by a multiple of 90 degrees, swapping width and height for 90 and 270. */
    static BufferedImage quarterTurns(BufferedImage image, int degrees) {
        BufferedImage grey = Images.grey(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        boolean swap = degrees == 90 || degrees == 270;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform t = new AffineTransform();
        switch (degrees) {
            case 90 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 180 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 270 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> throw new IllegalArgumentException("Only quarter turns, not " + degrees);
        }
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(grey, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Rotates by a small angle about the centre, keeping the size. */
    static BufferedImage by(BufferedImage image, double degrees) {
        BufferedImage grey = Images.grey(image);
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), grey.getWidth() / 2.0,
                    grey.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
