package org.daftar.ocr.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;

/**
 * The pages of a PDF, rendered on demand; checked on opening for encryption, truncation, a page tree too deep or
 * referring to itself, oversized images and content-stream bombs, and each page drawn within its time and operator
 * budget ({@link InputLimits}).
 */
public final class PdfPages implements ScanPages {

    private final PDDocument document;
    private final BudgetedRenderer renderer;
    private final InputLimits limits;
    private final String name;

    private PdfPages(PDDocument document, InputLimits limits, String name) {
        this.document = document;
        this.renderer = new BudgetedRenderer(document);
        this.limits = limits;
        this.name = name;
    }

    /** Opens and checks a PDF; refuses it with a reason a record-room clerk can act on. */
    public static PdfPages open(Path file, String name, InputLimits limits) {
        requireEndMarker(file, name);
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(limits.renderMemoryBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnreadableScanException("'" + name + "' is an encrypted (password-protected) PDF;"
                    + " save it without a password and import it again", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableScanException("'" + name + "' is a corrupt PDF (" + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            throw tooDeep(name, e);
        }
        try {
            PdfPages pages = new PdfPages(document, limits, name);
            int count = PageTree.countPages(document, limits, name);
            limits.checkPages(name, count);
            if (count != document.getNumberOfPages()) {
                throw new UnreadableScanException("'" + name + "' has a damaged page tree (it says "
                        + document.getNumberOfPages() + " pages but holds " + count + "); print it to PDF again");
            }
            for (int i = 1; i <= count; i++) {
                pages.checkImages(i);
                pages.checkContentStream(i);
            }
            return pages;
        } catch (UnreadableScanException e) {
            closeQuietly(document);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw new UnreadableScanException("'" + name + "' is a corrupt PDF (" + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            closeQuietly(document);
            throw tooDeep(name, e);
        }
    }

    /**
     * PDFBox parses nested arrays and dictionaries recursively; 100,000 levels overflow the stack. The error is
     * caught here, where the file is read, and becomes a refusal (the stack is unwound by then).
     */
    private static OverBudgetException tooDeep(String name, StackOverflowError e) {
        return new OverBudgetException("'" + name + "' has objects nested too deeply to read (a damaged or malicious"
                + " PDF); print it to PDF again or scan the paper", e);
    }

    /** The open document, for writing the searchable PDF. */
    public PDDocument document() {
        return document;
    }

    @Override
    public MediaKind kind() {
        return MediaKind.PDF;
    }

    @Override
    public int count() {
        return document.getNumberOfPages();
    }

    @Override
    public PageImage image(int page) {
        try {
            PDPage pdPage = document.getPage(page - 1);
            int dpi = renderDpi(pdPage);
            float widthInches = pdPage.getCropBox().getWidth() / 72f;
            float heightInches = pdPage.getCropBox().getHeight() / 72f;
            limits.checkImage(name, page, Math.round(widthInches * dpi), Math.round(heightInches * dpi));
            checkContentStream(page);
            // A page that is one upright JPEG over the whole page (a scan) is read from the JPEG at its own resolution.
            Optional<BufferedImage> scanned = FullPageJpeg.luminance(pdPage)
                    .filter(image -> Math.abs(image.getWidth() - widthInches * dpi) <= 2);
            if (scanned.isPresent()) {
                return new PageImage(scanned.get(), dpi, false);
            }
            PageBudget budget = new PageBudget(name, page, limits);
            renderer.budget(budget);
            BufferedImage rendered = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
            budget.checkTime();
            return new PageImage(rendered, dpi, pdPage.getRotation() % 360 != 0);
        } catch (IOException e) {
            throw new UnreadableScanException("'" + name + "' page " + page + " cannot be rendered (" + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            throw tooDeep(name, e);
        } finally {
            renderer.budget(null);
        }
    }

    @Override
    public TextLayer textLayer(int page) {
        try {
            checkContentStream(page);
            return new TextLayerReader().read(document, page, new PageBudget(name, page, limits));
        } catch (StackOverflowError e) {
            throw tooDeep(name, e);
        }
    }

    private void checkContentStream(int page) {
        try {
            if (ContentStreams.exceed(document.getPage(page - 1), limits.maxContentStreamBytes())) {
                limits.checkContentStream(name, page);
            }
        } catch (IOException e) {
            throw new UnreadableScanException("'" + name + "' page " + page + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The scan's own resolution when the page is one image of a sensible resolution, else the configured one. */
    private int renderDpi(PDPage page) {
        float widthPoints = page.getCropBox().getWidth();
        int best = 0;
        for (PDImageXObject image : images(page)) {
            best = Math.max(best, Math.round(image.getWidth() * 72f / widthPoints));
        }
        return best >= 150 && best <= 600 ? best : limits.renderDpi();
    }

    private void checkImages(int page) {
        for (PDImageXObject image : images(document.getPage(page - 1))) {
            limits.checkImage(name, page, image.getWidth(), image.getHeight());
        }
    }

    private static java.util.List<PDImageXObject> images(PDPage page) {
        java.util.List<PDImageXObject> images = new java.util.ArrayList<>();
        PDResources resources = page.getResources();
        if (resources == null) {
            return images;
        }
        for (COSName xName : resources.getXObjectNames()) {
            try {
                PDXObject x = resources.getXObject(xName);
                if (x instanceof PDImageXObject image) {
                    images.add(image);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }

    /** A PDF is written front to back and ends in %%EOF; without it the copy was cut off. */
    private static void requireEndMarker(Path file, String name) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(1024, length);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new UnreadableScanException("'" + name + "' is a truncated PDF (it has no end-of-file marker;"
                        + " the copy was cut off); copy or scan it again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }
}
