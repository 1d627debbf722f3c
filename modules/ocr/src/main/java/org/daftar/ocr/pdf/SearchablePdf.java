package org.daftar.ocr.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.daftar.ocr.input.ImagePages;
import org.daftar.ocr.input.MediaKind;
import org.daftar.ocr.input.PdfPages;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.queue.PageResult;

/**
 * Writes the searchable PDF of a scan from its pages' persisted results. A PDF keeps its own pages (and any
 * born-digital text) and gets Tesseract's invisible text laid over the OCRed ones; image scans become one page
 * per image at its resolution. Pages whose pixels preprocessing moved show the corrected image instead.
 */
public final class SearchablePdf {

    /** Writes the PDF for {@code source} to {@code out}; {@code original} is the stored scan file. */
    public void write(ScanPages source, Path original, List<PageResult> pages, Path out) {
        try {
            if (source instanceof PdfPages pdf) {
                writeFromPdf(pdf.document(), pages, out);
            } else {
                writeFromImages((ImagePages) source, original, pages, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFromPdf(PDDocument document, List<PageResult> pages, Path out) throws IOException {
        List<PDDocument> layers = new ArrayList<>();
        try {
            document.setAllSecurityToBeRemoved(true);
            LayerUtility layerUtility = new LayerUtility(document);
            for (PageResult result : pages) {
                PDPage page = document.getPage(result.page() - 1);
                if (result.pageImage() != null) {
                    PDPage replacement = imagePage(document, JPEGFactory.createFromByteArray(document, result.pageImage()),
                            result.imageDpi());
                    document.getPages().insertBefore(replacement, page);
                    document.getPages().remove(page);
                    page = replacement;
                }
                if (result.textLayer() != null) {
                    overlay(document, layerUtility, page, result.textLayer(), layers);
                }
            }
            document.save(out.toFile());
        } finally {
            for (PDDocument layer : layers) {
                layer.close();
            }
        }
    }

    private void writeFromImages(ImagePages source, Path original, List<PageResult> pages, Path out) throws IOException {
        List<PDDocument> layers = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            LayerUtility layerUtility = new LayerUtility(document);
            for (PageResult result : pages) {
                PDImageXObject image;
                int dpi;
                if (result.pageImage() != null) {
                    image = JPEGFactory.createFromByteArray(document, result.pageImage());
                    dpi = result.imageDpi();
                } else if (source.kind() == MediaKind.JPEG) {
                    // The scanner's JPEG goes in byte for byte: no second lossy compression.
                    image = JPEGFactory.createFromByteArray(document, Files.readAllBytes(original));
                    dpi = source.image(result.page()).dpi();
                } else {
                    var page = source.image(result.page());
                    image = LosslessFactory.createFromImage(document, page.image());
                    dpi = page.dpi();
                }
                PDPage page = imagePage(document, image, dpi);
                document.addPage(page);
                if (result.textLayer() != null) {
                    overlay(document, layerUtility, page, result.textLayer(), layers);
                }
            }
            document.save(out.toFile());
        } finally {
            for (PDDocument layer : layers) {
                layer.close();
            }
        }
    }

    /** A page the size of the image at its resolution, showing the image. */
    private static PDPage imagePage(PDDocument document, PDImageXObject image, int dpi) throws IOException {
        float width = image.getWidth() * 72f / dpi;
        float height = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(width, height));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 0, 0, width, height);
        }
        return page;
    }

    /** Draws the one-page text-layer PDF over the page, scaled to the page's crop box. */
    private static void overlay(PDDocument document, LayerUtility layerUtility, PDPage page, byte[] textLayer,
                                List<PDDocument> keepOpen) throws IOException {
        PDDocument layer = Loader.loadPDF(textLayer);
        keepOpen.add(layer);
        PDFormXObject form = layerUtility.importPageAsForm(layer, 0);
        PDRectangle box = page.getCropBox();
        PDRectangle formBox = form.getBBox();
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.saveGraphicsState();
            Matrix placement = new Matrix(box.getWidth() / formBox.getWidth(), 0, 0,
                    box.getHeight() / formBox.getHeight(), box.getLowerLeftX() - formBox.getLowerLeftX(),
                    box.getLowerLeftY() - formBox.getLowerLeftY());
            content.transform(placement);
            content.drawForm(form);
            content.restoreGraphicsState();
        }
    }
}
