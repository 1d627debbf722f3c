package org.daftar.server.transfer;

/** An upload request that cannot be read as a document: no file part, unknown fields, a broken multipart body. */
public class MalformedUploadException extends RuntimeException {
    public MalformedUploadException(String message) {
        super(message);
    }

    public MalformedUploadException(String message, Throwable cause) {
        super(message, cause);
    }
}
