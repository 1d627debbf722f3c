package org.daftar.ocr.input;

/** The scan formats Daftar reads. */
public enum MediaKind {
    PDF("application/pdf"),
    TIFF("image/tiff"),
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mimeType;

    MediaKind(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }
}
