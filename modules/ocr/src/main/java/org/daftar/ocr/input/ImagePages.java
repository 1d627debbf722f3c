package org.daftar.ocr.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** The frames of a TIFF (one per page) or a single JPEG or PNG, read with the JDK's own ImageIO codecs. */
public final class ImagePages implements ScanPages {

    private static final int DEFAULT_DPI = 300;

    private final MediaKind kind;
    private final ImageInputStream stream;
    private final ImageReader reader;
    private final String name;
    private final int count;

    private ImagePages(MediaKind kind, ImageInputStream stream, ImageReader reader, String name, int count) {
        this.kind = kind;
        this.stream = stream;
        this.reader = reader;
        this.name = name;
        this.count = count;
    }

    /** Opens an image scan and checks each frame's declared size before decoding any pixels. */
    public static ImagePages open(Path file, MediaKind kind, String name, InputLimits limits) {
        ImageInputStream stream = null;
        try {
            stream = ImageIO.createImageInputStream(file.toFile());
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mimeType());
            if (!readers.hasNext()) {
                throw new UnreadableScanException("No reader for " + kind + " images in this Java runtime");
            }
            ImageReader reader = readers.next();
            reader.setInput(stream, false, true);
            int count = reader.getNumImages(true);
            limits.checkPages(name, count);
            for (int i = 0; i < count; i++) {
                limits.checkImage(name, i + 1, reader.getWidth(i), reader.getHeight(i));
            }
            return new ImagePages(kind, stream, reader, name, count);
        } catch (IOException | RuntimeException e) {
            closeQuietly(stream);
            if (e instanceof UnreadableScanException refused) {
                throw refused;
            }
            throw new UnreadableScanException("'" + name + "' is a corrupt " + kind + " image (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public MediaKind kind() {
        return kind;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public PageImage image(int page) {
        try {
            BufferedImage image = reader.read(page - 1);
            return new PageImage(image, dpi(page - 1), false);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableScanException("'" + name + "' page " + page + " cannot be decoded (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public TextLayer textLayer(int page) {
        return TextLayer.NONE;
    }

    /** The resolution the file declares (standard metadata gives millimetres per pixel), else 300 dpi. */
    private int dpi(int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return DEFAULT_DPI;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            var sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return DEFAULT_DPI;
            }
            float mmPerPixel = Float.parseFloat(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            int dpi = Math.round(25.4f / mmPerPixel);
            return dpi >= 70 && dpi <= 1200 ? dpi : DEFAULT_DPI;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_DPI;
        }
    }

    private static void closeQuietly(ImageInputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public void close() {
        reader.dispose();
        closeQuietly(stream);
    }
}
