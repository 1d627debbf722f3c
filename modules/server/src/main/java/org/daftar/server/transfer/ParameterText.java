package org.daftar.server.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a text parameter may hold: valid UTF-8 and no NUL (PostgreSQL cannot store it in text, and no name or
 * subject needs it). Checked where request text is decoded — query strings, multipart fields and file names — so a
 * bad byte is a 400 naming the parameter instead of a 500 from the database or the container.
 */
public final class ParameterText {

    private ParameterText() {
    }

    /** The bytes as UTF-8; refuses bytes that are not UTF-8 and a NUL, naming {@code what}. */
    public static String decode(byte[] bytes, String what) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedUploadException(what + " is not valid UTF-8 text; send names and values encoded as"
                    + " UTF-8 (percent-encoded in a URL)");
        }
        requireNoNul(text, what);
        return text;
    }

    /** Refuses a NUL character in already decoded text, naming {@code what}. */
    public static void requireNoNul(String text, String what) {
        problem(text, what).ifPresent(message -> {
            throw new MalformedUploadException(message);
        });
    }

    /** Why {@code text} is refused, if it is. */
    static Optional<String> problem(String text, String what) {
        return text != null && text.indexOf('\0') >= 0
                ? Optional.of(what + " contains a NUL character (%00); remove it")
                : Optional.empty();
    }
}
