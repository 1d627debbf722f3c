package org.daftar.ocr.engine;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultRenderer;
import net.sourceforge.tess4j.TessAPI;

/**
 * One long-lived Tesseract engine. Not thread-safe: a worker thread owns it for its life and closes it at the end.
 * Initializing the languages costs about a second, so it happens once per language set, not once per page
 * (which is what {@code Tesseract.doOCR(File)} does).
 */
public final class OcrEngine implements AutoCloseable {

    private static final TessAPI API = load();

    private final EngineSettings settings;
    private final Path scratch;
    private TessBaseAPI handle;
    private String languages;
    private TessBaseAPI osd;

    public OcrEngine(EngineSettings settings) {
        this.settings = settings;
        try {
            this.scratch = Files.createTempDirectory("daftar-ocr");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TessAPI load() {
        OpenMpLimit.apply();
        return TessAPI.INSTANCE;
    }

    /** The version of the system libtesseract, e.g. {@code 5.3.0}. */
    public static String tesseractVersion() {
        return API.TessVersion();
    }

    /**
     * Reads a page image (grey or binary; other types are converted) with the given languages, e.g. {@code eng+hin}.
     *
     * @param dpi the image's resolution, which places the text layer and guides Tesseract's size heuristics
     */
    public PageReading read(BufferedImage image, int dpi, String languages) {
        return read(image, dpi, languages, null);
    }

    /**
     * As {@link #read(BufferedImage, int, String)}, stopped by Tesseract itself once {@code timeLimit} has passed
     * (checked between words; layout analysis runs to its end).
     *
     * @param timeLimit how long the reading may take; {@code null} for no limit
     * @throws OcrTimeoutException when the limit stopped it
     */
    public PageReading read(BufferedImage image, int dpi, String languages, java.time.Duration timeLimit) {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new OcrTimeoutException(java.time.Duration.ZERO);
        }
        TessBaseAPI api = engineFor(languages);
        BufferedImage grey = Images.grey(image);
        ByteBuffer pixels = ByteBuffer.allocateDirect(grey.getWidth() * grey.getHeight());
        pixels.put(((DataBufferByte) grey.getRaster().getDataBuffer()).getData()).flip();
        API.TessBaseAPISetImage(api, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        API.TessBaseAPISetSourceResolution(api, dpi);
        com.sun.jna.Pointer monitor = null;
        try {
            long started = System.nanoTime();
            int status;
            if (timeLimit == null) {
                status = API.TessBaseAPIRecognize(api, null);
            } else {
                monitor = TesseractNative.INSTANCE.TessMonitorCreate();
                TesseractNative.INSTANCE.TessMonitorSetDeadlineMSecs(monitor,
                        (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeLimit.toMillis())));
                status = TesseractNative.INSTANCE.TessBaseAPIRecognize(api, monitor);
                if (System.nanoTime() - started >= timeLimit.toNanos()) {
                    throw new OcrTimeoutException(timeLimit);
                }
            }
            if (status != 0) {
                throw new OcrEngineException("Tesseract could not recognize the page (" + grey.getWidth() + "x"
                        + grey.getHeight() + " px)");
            }
            String text = take(API.TessBaseAPIGetUTF8Text(api));
            String hocr = take(API.TessBaseAPIGetHOCRText(api, 0));
            float confidence = Math.max(0, API.TessBaseAPIMeanTextConf(api));
            return new PageReading(text, hocr, confidence, textLayer(api));
        } finally {
            if (monitor != null) {
                TesseractNative.INSTANCE.TessMonitorDelete(monitor);
            }
            API.TessBaseAPIClear(api);
        }
    }

    /**
     * The clockwise rotation (0, 90, 180 or 270 degrees) that makes the page upright, by Tesseract's orientation
     * detection; 0 when it is not confident.
     */
    public int uprightRotation(BufferedImage image, int dpi) {
        if (osd == null) {
            osd = API.TessBaseAPICreate();
            if (API.TessBaseAPIInit3(osd, settings.tessdata().toString(), "osd") != 0) {
                throw new OcrEngineException("Could not load osd.traineddata from " + settings.tessdata());
            }
            API.TessBaseAPISetPageSegMode(osd, TessPageSegMode.PSM_OSD_ONLY);
        }
        // Orientation needs no fine detail: at half resolution it costs a quarter (measured: a full 300 dpi page
        // added about 1 CPU second to a 2.7 s page).
        int factor = dpi >= 250 ? 2 : 1;
        BufferedImage grey = Images.scaledGrey(image, factor);
        ByteBuffer pixels = ByteBuffer.allocateDirect(grey.getWidth() * grey.getHeight());
        pixels.put(((DataBufferByte) grey.getRaster().getDataBuffer()).getData()).flip();
        API.TessBaseAPISetImage(osd, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        API.TessBaseAPISetSourceResolution(osd, dpi / factor);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            if (API.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, script, scriptConfidence) == 0
                    || confidence.get(0) < 2.0f) {
                return 0;
            }
            // Tesseract reports the page's orientation counter-clockwise; turning it back is the clockwise rotation.
            return degrees.get(0);
        } finally {
            API.TessBaseAPIClear(osd);
        }
    }

    private TessBaseAPI engineFor(String wanted) {
        if (handle != null && wanted.equals(languages)) {
            return handle;
        }
        endHandle();
        TessBaseAPI api = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(api, settings.tessdata().toString(), wanted) != 0) {
            API.TessBaseAPIDelete(api);
            throw new OcrEngineException("Tesseract could not load the languages '" + wanted + "' from "
                    + settings.tessdata() + "; install the matching tesseract-ocr-<lang> packages");
        }
        API.TessBaseAPISetPageSegMode(api, TessPageSegMode.PSM_AUTO);
        // Sauvola's adaptive threshold (optional) is meant for uneven lighting and stains; Otsu is Tesseract's default.
        API.TessBaseAPISetVariable(api, "thresholding_method", settings.adaptiveThreshold() ? "2" : "0");
        handle = api;
        languages = wanted;
        return api;
    }

    private byte[] textLayer(TessBaseAPI api) {
        Path base = scratch.resolve("page");
        TessResultRenderer renderer = API.TessPDFRendererCreate(base.toString(), settings.tessdata().toString(), 1);
        if (renderer == null) {
            throw new OcrEngineException("Tesseract's PDF renderer could not start (is pdf.ttf in " + settings.tessdata() + "?)");
        }
        Path pdf = scratch.resolve("page.pdf");
        try {
            if (API.TessResultRendererBeginDocument(renderer, "") == 0
                    || TesseractNative.INSTANCE.TessResultRendererAddImage(renderer, api) == 0
                    || API.TessResultRendererEndDocument(renderer) == 0) {
                throw new OcrEngineException("Tesseract could not write the text layer of the page");
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            API.TessDeleteResultRenderer(renderer);
            try {
                Files.deleteIfExists(pdf);
            } catch (IOException ignored) {
                // the scratch directory goes when the engine closes
            }
        }
    }

    private static String take(Pointer text) {
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            API.TessDeleteText(text);
        }
    }

    private void endHandle() {
        if (handle != null) {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
            handle = null;
            languages = null;
        }
    }

    @Override
    public void close() {
        endHandle();
        if (osd != null) {
            API.TessBaseAPIEnd(osd);
            API.TessBaseAPIDelete(osd);
            osd = null;
        }
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
