package org.daftar.ocr.input;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Node;

/**
 * The grey image of a scanned PDF page read straight from its JPEG, when the page is nothing but one JPEG drawn
 * upright over the whole page (what scanners and ScanSim write: {@code q w 0 0 h x y cm /Im Do Q}).
 *
 * <p>Rendering such a page through PDFBox decodes the JPEG, expands it to RGB and draws it again (about 210 ms of CPU
 * for an A4 page at 300 dpi, measured with the bench's pages); reading the JPEG's luminance directly is the same
 * pixels for a fraction of that: a grey JPEG is its luminance, and a colour (JFIF, YCbCr) JPEG's first channel is.
 * Any other page — rotated, several images, text or drawings, a transformed image, other filters or colour
 * encodings — is left to the renderer ({@link Optional#empty()}).
 */
final class FullPageJpeg {

    /** How far (in points) the image may miss the page's edges: scanners round the page size. */
    private static final float TOLERANCE = 1.5f;

    private FullPageJpeg() {
    }

    /** The page's luminance at the image's own resolution, or empty when the page is not one full-page JPEG. */
    static Optional<BufferedImage> luminance(PDPage page) {
        try {
            Optional<PDImageXObject> image = onlyImage(page);
            if (image.isEmpty() || page.getRotation() % 360 != 0 || !drawnOverWholePage(page)) {
                return Optional.empty();
            }
            List<COSName> filters = image.get().getStream().getFilters();
            if (filters.size() != 1 || !COSName.DCT_DECODE.equals(filters.getFirst())
                    || image.get().getDecode() != null || image.get().isStencil()) {
                return Optional.empty();
            }
            try (InputStream jpeg = image.get().getCOSObject().createRawInputStream()) {
                return decodeLuminance(jpeg, image.get().getWidth(), image.get().getHeight());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the renderer will read it, or say why it cannot
        }
    }

    private static Optional<PDImageXObject> onlyImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return Optional.empty();
        }
        PDImageXObject found = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (!(x instanceof PDImageXObject image) || found != null) {
                return Optional.empty();
            }
            found = image;
        }
        return Optional.ofNullable(found);
    }

    /** The content stream is exactly {@code [q] a 0 0 d e f cm /Name Do [Q]}, covering the crop box. */
    private static boolean drawnOverWholePage(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        int start = isOperator(tokens, 0, "q") ? 1 : 0;
        int end = tokens.size() - (isOperator(tokens, tokens.size() - 1, "Q") ? 1 : 0);
        if (end - start != 9 || !isOperator(tokens, start + 6, "cm") || !(tokens.get(start + 7) instanceof COSName)
                || !isOperator(tokens, start + 8, "Do")) {
            return false;
        }
        float[] m = new float[6];
        for (int i = 0; i < 6; i++) {
            if (!(tokens.get(start + i) instanceof COSNumber number)) {
                return false;
            }
            m[i] = number.floatValue();
        }
        PDRectangle crop = page.getCropBox();
        return m[1] == 0 && m[2] == 0 && near(m[0], crop.getWidth()) && near(m[3], crop.getHeight())
                && near(m[4], crop.getLowerLeftX()) && near(m[5], crop.getLowerLeftY());
    }

    private static boolean isOperator(List<Object> tokens, int index, String name) {
        return index >= 0 && index < tokens.size() && tokens.get(index) instanceof Operator op
                && op.getName().equals(name);
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    private static Optional<BufferedImage> decodeLuminance(InputStream jpeg, int width, int height) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(jpeg)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                if (reader.getWidth(0) != width || reader.getHeight(0) != height || !isLuminanceFirst(reader)) {
                    return Optional.empty();
                }
                // readRaster does no colour conversion: band 0 is Y for YCbCr and the grey itself for one band.
                Raster raster = reader.readRaster(0, null);
                BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                grey.getRaster().setRect(raster.createChild(raster.getMinX(), raster.getMinY(), width, height, 0, 0,
                        new int[] {0}));
                return Optional.of(grey);
            } finally {
                reader.dispose();
            }
        }
    }

    /** One component, or three in JFIF's YCbCr without an Adobe marker saying otherwise. */
    private static boolean isLuminanceFirst(ImageReader reader) throws IOException {
        IIOMetadata metadata = reader.getImageMetadata(0);
        Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        Node frame = find(root, "sof");
        if (frame == null) {
            return false;
        }
        int components = frame.getChildNodes().getLength();
        if (components == 1) {
            return true;
        }
        return components == 3 && find(root, "app0JFIF") != null && find(root, "app14Adobe") == null;
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
