package org.daftar.ocr.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.daftar.ocr.testing.TestScans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullPageJpegTest {

    @TempDir
    Path dir;

    @Test
    void aGreyScanPageIsReadFromItsJpegWithThePixelsTheRendererGives() throws IOException {
        BufferedImage scan = TestScans.page(List.of("कलेक्टर कार्यालय सीहोर", "Order No. 1147/2025"), 0, 0.02);
        assertSameAsRendered(TestScans.imagePdf(dir.resolve("grey.pdf"), List.of(scan)));
    }

    @Test
    void aColourScanPageGivesItsLuminance() throws IOException {
        BufferedImage grey = TestScans.page(List.of("Colour scan of a letter"), 0, 0.02);
        BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = colour.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.setColor(new Color(30, 60, 160)); // a blue stamp
        g.fillOval(200, 200, 300, 300);
        g.dispose();
        assertSameAsRendered(TestScans.imagePdf(dir.resolve("colour.pdf"), List.of(colour)));
    }

    @Test
    void pagesThatAreNotOneUprightFullPageJpegAreLeftToTheRenderer() throws IOException {
        BufferedImage scan = TestScans.page(List.of("half a page"), 0, 0);
        Path half = pdf("half.pdf", scan, (content, x, w, h) -> content.drawImage(x, 0, 0, w / 2, h / 2));
        Path flipped = pdf("flipped.pdf", scan, (content, x, w, h) -> content.drawImage(x,
                new org.apache.pdfbox.util.Matrix(w, 0, 0, -h, 0, h)));
        Path withText = pdf("text.pdf", scan, (content, x, w, h) -> {
            content.drawImage(x, 0, 0, w, h);
            content.addRect(10, 10, 20, 20);
            content.fill();
        });
        for (Path file : List.of(half, flipped, withText)) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                assertThat(FullPageJpeg.luminance(document.getPage(0))).as(file.getFileName().toString()).isEmpty();
            }
        }
        Path rotated = TestScans.imagePdf(dir.resolve("rotated.pdf"), List.of(scan));
        try (PDDocument document = Loader.loadPDF(rotated.toFile())) {
            document.getPage(0).setRotation(90);
            assertThat(FullPageJpeg.luminance(document.getPage(0))).isEmpty();
        }
    }

    private interface Drawing {
        void draw(PDPageContentStream content, PDImageXObject image, float w, float h) throws IOException;
    }

    private Path pdf(String name, BufferedImage image, Drawing drawing) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject x = JPEGFactory.createFromByteArray(document, TestScans.jpeg(image));
            float w = image.getWidth() * 72f / TestScans.DPI;
            float h = image.getHeight() * 72f / TestScans.DPI;
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content, x, w, h);
            }
            document.save(new File(file.toString()));
        }
        return file;
    }

    private static void assertSameAsRendered(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            BufferedImage direct = FullPageJpeg.luminance(document.getPage(0)).orElseThrow();
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, TestScans.DPI, ImageType.GRAY);
            assertThat(direct.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(Math.abs(direct.getWidth() - rendered.getWidth())).isLessThanOrEqualTo(1);
            assertThat(Math.abs(direct.getHeight() - rendered.getHeight())).isLessThanOrEqualTo(1);
            int width = Math.min(direct.getWidth(), rendered.getWidth());
            int height = Math.min(direct.getHeight(), rendered.getHeight());
            long difference = 0;
            for (int y = 0; y < height; y += 3) {
                for (int x = 0; x < width; x += 3) {
                    difference += Math.abs(direct.getRaster().getSample(x, y, 0) - rendered.getRaster().getSample(x, y, 0));
                }
            }
            double mean = difference / ((height / 3.0) * (width / 3.0));
            assertThat(mean).as("mean grey difference per pixel").isLessThan(3.0);
        }
    }
}
