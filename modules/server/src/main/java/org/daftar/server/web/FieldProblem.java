package org.daftar.server.web;

import java.util.List;

/**
 * A form value refused on a web page: the field it belongs next to, and the message key (with arguments) that says
 * in the reader's language what to fix. The exception message is the English text, for logs.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String key;
    private final List<Object> arguments;

    public FieldProblem(String field, String key, String english, Object... arguments) {
        super(english);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
