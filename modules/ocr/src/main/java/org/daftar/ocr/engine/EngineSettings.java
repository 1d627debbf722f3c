package org.daftar.ocr.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How engines are started.
 *
 * @param tessdata          the directory holding {@code *.traineddata} (and {@code pdf.ttf} for text layers)
 * @param adaptiveThreshold binarize with Sauvola's adaptive threshold instead of Tesseract's global Otsu
 */
public record EngineSettings(Path tessdata, boolean adaptiveThreshold) {

    private static final List<String> KNOWN_TESSDATA = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata");

    /** The tessdata directory from {@code TESSDATA_PREFIX}, else the first of the usual system places that exists. */
    public static Path systemTessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            return Path.of(prefix);
        }
        return KNOWN_TESSDATA.stream().map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new OcrEngineException("No tessdata directory found (looked in " + KNOWN_TESSDATA
                        + "); install tesseract-ocr with tesseract-ocr-eng and tesseract-ocr-hin, or set TESSDATA_PREFIX"));
    }

    /**
     * Checks that {@code languages} (e.g. {@code eng+hin}) is well formed and every language is installed, so a
     * request naming a missing one is refused up front instead of failing in the queue.
     *
     * @throws IllegalArgumentException naming the bad language and the package that provides it
     */
    public String requireInstalled(String languages) {
        if (languages == null || !languages.matches("^[a-z_]{3,8}(\\+[a-z_]{3,8})*$")) {
            throw new IllegalArgumentException("OCR languages must look like eng+hin, not '" + languages + "'");
        }
        for (String language : languages.split("\\+")) {
            if (!Files.isRegularFile(tessdata.resolve(language + ".traineddata"))) {
                throw new IllegalArgumentException("OCR language '" + language + "' is not installed in " + tessdata
                        + " (install tesseract-ocr-" + language + ")");
            }
        }
        return languages;
    }

    /**
     * System tessdata with the defaults that measured best (docs/ocr.md): Tesseract's Otsu threshold, as Sauvola
     * gave no better CER after despeckling and cost 6% more CPU.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(systemTessdata(), false);
    }
}
