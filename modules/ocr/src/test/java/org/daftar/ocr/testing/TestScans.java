package org.daftar.ocr.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small "scanned" pages made at test time (a strip of a 300 dpi page with a few lines), so tests need no large
 * committed fixtures and OCR them in well under a second. Hindi needs the Lohit Devanagari font (fonts-lohit-deva).
 */
public final class TestScans {

    public static final int DPI = 300;

    private TestScans() {
    }

    /** Lines rendered black on white at about 12 pt, optionally rotated by {@code skewDegrees} with speckle noise. */
    public static BufferedImage page(List<String> lines, double skewDegrees, double noise) {
        int width = 1800;
        int lineHeight = 75;
        int height = 120 + lines.size() * lineHeight;
        BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = clean.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = new Font("Lohit Devanagari", Font.PLAIN, 48);
        if (!font.canDisplay('\u0915')) {
            throw new IllegalStateException("The Lohit Devanagari font is missing: install fonts-lohit-deva (scripts/lib/packages.sh)");
        }
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 80, 100 + i * lineHeight);
        }
        g.dispose();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D r = out.createGraphics();
        r.setColor(Color.WHITE);
        r.fillRect(0, 0, width, height);
        r.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        r.drawImage(clean, AffineTransform.getRotateInstance(Math.toRadians(skewDegrees), width / 2.0, height / 2.0), null);
        r.dispose();
        Random random = new Random(7);
        var raster = out.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = random.nextDouble();
                if (u < noise / 2) {
                    raster.setSample(x, y, 0, 40);
                } else if (u < noise) {
                    raster.setSample(x, y, 0, 230);
                }
            }
        }
        return out;
    }

    public static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpeg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path png(Path file, BufferedImage image) {
        write(file, image, "png");
        return file;
    }

    public static Path jpegFile(Path file, BufferedImage image) {
        try {
            Files.write(file, jpeg(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A multi-page TIFF, one frame per image. */
    public static Path tiff(Path file, List<BufferedImage> images) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage image : images) {
                writer.writeToSequence(new IIOImage(image, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** An image-only PDF as scanners write it: one JPEG per page at 300 dpi. */
    public static Path imagePdf(Path file, List<BufferedImage> images) {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : images) {
                PDImageXObject x = JPEGFactory.createFromByteArray(document, jpeg(image));
                float w = image.getWidth() * 72f / DPI;
                float h = image.getHeight() * 72f / DPI;
                PDPage page = new PDPage(new PDRectangle(w, h));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(x, 0, 0, w, h);
                }
            }
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A born-digital PDF page with visible text, followed by the given scanned pages. */
    public static Path mixedPdf(Path file, String digitalText, List<BufferedImage> scannedPages) {
        Path scanned = imagePdf(file.resolveSibling(file.getFileName() + ".scanned.pdf"), scannedPages);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(scanned.toFile())) {
            PDPage page = new PDPage(PDRectangle.A5);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(40, 500);
                content.showText(digitalText);
                content.endText();
            }
            document.getPages().insertBefore(page, document.getPage(0));
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(Path file, BufferedImage image, String format) {
        try {
            ImageIO.write(image, format, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
