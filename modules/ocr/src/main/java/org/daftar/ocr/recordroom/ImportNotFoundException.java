package org.daftar.ocr.recordroom;

/** No import run with this id. */
public class ImportNotFoundException extends RuntimeException {

    public ImportNotFoundException(long id) {
        super("No import with id " + id);
    }
}
