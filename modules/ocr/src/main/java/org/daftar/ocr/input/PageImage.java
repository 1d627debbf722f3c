package org.daftar.ocr.input;

import java.awt.image.BufferedImage;

/**
 * One page as an image.
 *
 * @param image           the pixels
 * @param dpi             their resolution
 * @param geometryChanged whether the pixels no longer line up with the page as stored (rotated, deskewed), so the
 *                        searchable PDF must show this image rather than the original page
 */
public record PageImage(BufferedImage image, int dpi, boolean geometryChanged) {

    public PageImage withImage(BufferedImage changed, boolean geometry) {
        return new PageImage(changed, dpi, geometryChanged || geometry);
    }
}
