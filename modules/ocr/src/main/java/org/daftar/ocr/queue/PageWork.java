package org.daftar.ocr.queue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.daftar.ocr.engine.Images;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.engine.PageReading;
import org.daftar.ocr.input.PageImage;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.TextLayer;
import org.daftar.ocr.preprocess.Preprocessing;
import org.daftar.ocr.preprocess.Upright;
import org.daftar.repository.text.PageText;

/** Turns one page into its result: keeps a usable text layer (by mode) or preprocesses and OCRs the page image. */
public final class PageWork {

    /** Upright pages read at 85–95 mean confidence; sideways ones far lower (or not at all). */
    static final float UPRIGHT_CHECK_BELOW = 65;

    private final Preprocessing preprocessing;
    private final Upright upright = new Upright();

    public PageWork(Preprocessing preprocessing) {
        this.preprocessing = preprocessing;
    }

    public PageResult read(ScanPages pages, int page, OcrMode mode, String languages, OcrEngine engine) {
        return read(pages, page, mode, languages, engine, null);
    }

    /**
     * As above, with Tesseract stopped once the page has used {@code timeLimit} in all (null: no limit).
     *
     * @throws org.daftar.ocr.engine.OcrTimeoutException when it was stopped
     */
    public PageResult read(ScanPages pages, int page, OcrMode mode, String languages, OcrEngine engine,
                           Duration timeLimit) {
        long start = System.nanoTime();
        TextLayer existing = pages.textLayer(page);
        if (keeps(existing, mode)) {
            return new PageResult(page, PageText.TextSource.TEXT_LAYER, null, null, existing.text(), null, null, null,
                    0, millisSince(start));
        }
        PageImage image = pages.image(page);
        // A page whose old OCR layer is being replaced, or any page in force mode, is rebuilt from its image so
        // that no stale invisible text survives under the new layer.
        boolean rebuild = existing.kind() != TextLayer.Kind.NONE;
        PageImage clean = preprocessing.apply(image, engine);
        PageReading reading = engine.read(clean.image(), clean.dpi(), languages, left(timeLimit, start));
        if (preprocessing.upright() && reading.confidence() < UPRIGHT_CHECK_BELOW) {
            // A page scanned sideways or upside down reads badly; only then is its orientation worth detecting.
            PageImage turned = upright.apply(clean, engine);
            if (turned != clean) {
                PageReading again = engine.read(turned.image(), turned.dpi(), languages, left(timeLimit, start));
                if (again.confidence() > reading.confidence()) {
                    clean = turned;
                    reading = again;
                }
            }
        }
        byte[] shown = clean.geometryChanged() ? jpeg(clean.image()) : rebuild ? jpeg(image.image()) : null;
        return new PageResult(page, PageText.TextSource.OCR, languages, reading.confidence(), reading.text().strip(),
                reading.hocr(), reading.textLayer(), shown, shown == null ? 0 : clean.dpi(), millisSince(start));
    }

    private static boolean keeps(TextLayer existing, OcrMode mode) {
        return switch (mode) {
            case SKIP -> existing.kind() != TextLayer.Kind.NONE;
            case REDO -> existing.kind() == TextLayer.Kind.VISIBLE;
            case FORCE -> false;
        };
    }

    private static Duration left(Duration timeLimit, long start) {
        return timeLimit == null ? null : timeLimit.minusNanos(System.nanoTime() - start);
    }

    private static int millisSince(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }

    /** The page image as shown in the output: grey JPEG at quality 0.85, a tenth of lossless size for scans. */
    private static byte[] jpeg(java.awt.image.BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(Images.grey(image), null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
