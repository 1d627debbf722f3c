package org.daftar.server.web;

/**
 * A form field the page itself refuses before any service is asked (a desk that cannot be resolved, a date that is
 * not a date, a missing remark): the message key and its arguments, shown next to the field in the reader's language.
 */
final class FieldRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    FieldRefusal(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
