package org.daftar.ocr.engine;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Conversions of page images to the 8-bit grey form the engine and the preprocessing steps work on. */
public final class Images {

    private Images() {
    }

    /** The image as 8-bit grey, {@code factor} times smaller in each direction (bilinear). */
    public static BufferedImage scaledGrey(BufferedImage image, int factor) {
        if (factor == 1) {
            return grey(image);
        }
        BufferedImage small = new BufferedImage(Math.max(1, image.getWidth() / factor),
                Math.max(1, image.getHeight() / factor), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
        } finally {
            g.dispose();
        }
        return small;
    }

    /** The image as 8-bit grey; returned as is when it already is. */
    public static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
