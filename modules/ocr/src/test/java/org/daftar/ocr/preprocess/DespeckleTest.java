package org.daftar.ocr.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DespeckleTest {

    @Test
    void everyInteriorPixelBecomesTheMedianOfItsNineAndTheBorderIsKept() {
        Random random = new Random(7);
        for (int[] size : new int[][] {{3, 3}, {4, 7}, {37, 23}, {120, 90}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    // few grey levels as well as many, so that ties are tested
                    image.getRaster().setSample(x, y, 0, random.nextBoolean() ? random.nextInt(256) : 255 * random.nextInt(2));
                }
            }
            BufferedImage median = Despeckle.median(image);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    boolean border = x == 0 || y == 0 || x == size[0] - 1 || y == size[1] - 1;
                    int expected = border ? image.getRaster().getSample(x, y, 0) : bruteForceMedian(image, x, y);
                    assertThat(median.getRaster().getSample(x, y, 0)).as("(%d,%d) of %dx%d", x, y, size[0], size[1])
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aLoneSpeckleGoesAndAStrokeStays() {
        BufferedImage page = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                page.getRaster().setSample(x, y, 0, 255);
            }
        }
        page.getRaster().setSample(5, 5, 0, 0);          // speckle
        for (int y = 2; y < 18; y++) {
            page.getRaster().setSample(12, y, 0, 0);     // a stroke three pixels wide
            page.getRaster().setSample(13, y, 0, 0);
            page.getRaster().setSample(14, y, 0, 0);
        }
        BufferedImage clean = Despeckle.median(page);
        assertThat(clean.getRaster().getSample(5, 5, 0)).isEqualTo(255);
        assertThat(clean.getRaster().getSample(13, 10, 0)).isZero();
    }

    private static int bruteForceMedian(BufferedImage image, int x, int y) {
        int[] values = new int[9];
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                values[n++] = image.getRaster().getSample(x + dx, y + dy, 0);
            }
        }
        Arrays.sort(values);
        return values[4];
    }
}
