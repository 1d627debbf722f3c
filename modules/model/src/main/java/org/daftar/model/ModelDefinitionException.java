package org.daftar.model;

/** A model file that cannot be used; the message names the file and the element at fault. */
public class ModelDefinitionException extends RuntimeException {

    public ModelDefinitionException(String message) {
        super(message);
    }

    public ModelDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
