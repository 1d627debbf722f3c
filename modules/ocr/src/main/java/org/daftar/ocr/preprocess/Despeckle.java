package org.daftar.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.daftar.ocr.engine.Images;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.PageImage;

/**
 * Removes salt-and-pepper speckle with a 3×3 median filter: a lone dark or light pixel takes its neighbours'
 * value, while strokes two or more pixels wide survive (300 dpi text strokes are 3–6 px).
 */
public final class Despeckle implements PreprocessingStep {

    @Override
    public String name() {
        return "despeckle";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        return page.withImage(median(Images.grey(page.image())), false);
    }

    static BufferedImage median(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] in = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) result.getRaster().getDataBuffer()).getData();
        System.arraycopy(in, 0, out, 0, in.length);
        int[] v = new int[9];
        for (int y = 1; y < h - 1; y++) {
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                v[0] = in[i - w - 1] & 0xFF; v[1] = in[i - w] & 0xFF; v[2] = in[i - w + 1] & 0xFF;
                v[3] = in[i - 1] & 0xFF;     v[4] = in[i] & 0xFF;     v[5] = in[i + 1] & 0xFF;
                v[6] = in[i + w - 1] & 0xFF; v[7] = in[i + w] & 0xFF; v[8] = in[i + w + 1] & 0xFF;
                out[i] = (byte) medianOf9(v);
            }
        }
        return result;
    }

    /** Paeth's 19-comparison median network (Graphics Gems, "Median finding on a 3x3 grid"). */
    private static int medianOf9(int[] p) {
        sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 1); sort(p, 3, 4); sort(p, 6, 7);
        sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 3); sort(p, 5, 8); sort(p, 4, 7);
        sort(p, 3, 6); sort(p, 1, 4); sort(p, 2, 5); sort(p, 4, 7); sort(p, 4, 2); sort(p, 6, 4);
        sort(p, 4, 2);
        return p[4];
    }

    private static void sort(int[] p, int a, int b) {
        if (p[a] > p[b]) {
            int t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    }
}
