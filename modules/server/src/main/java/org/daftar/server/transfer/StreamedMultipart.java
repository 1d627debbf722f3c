package org.daftar.server.transfer;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Reads a {@code multipart/form-data} request as a stream: the text fields first (each at most 1 MB), then at
 * most one file part, whose bytes are handed over open and never buffered. Fields after the file are refused,
 * because whatever the file feeds is already being written when they arrive. A file part with no file name
 * (a form whose file input was left empty) counts as no file.
 */
public final class StreamedMultipart {

    private static final int FIELD_LIMIT_BYTES = 1 << 20;
    /**
     * The most bytes one part's headers may take: a file name of 255 characters of 4-byte UTF-8 is 1,020 bytes
     * raw and three times that percent-encoded ({@code filename*=UTF-8''…}); the library's 512 refused a
     * 160-character Hindi name.
     */
    private static final int PART_HEADER_LIMIT_BYTES = 8 * 1024;

    /** The text fields of a request, by name, in the order sent. */
    public record Fields(Map<String, List<String>> values) {

        /** The one value of {@code name}, or {@code null}; refuses a field sent twice. */
        public String single(String name) {
            List<String> sent = values.get(name);
            if (sent == null) {
                return null;
            }
            if (sent.size() > 1) {
                throw new MalformedUploadException("Field '" + name + "' was sent " + sent.size() + " times; send it once");
            }
            return sent.getFirst();
        }
    }

    /** What to do with the fields and the open file part. */
    public interface FileHandler<T> {
        T accept(Fields fields, String fileName, String contentType, InputStream content) throws IOException;
    }

    /** What to do when the request carries fields only. */
    public interface FieldsHandler<T> {
        T accept(Fields fields);
    }

    private StreamedMultipart() {
    }

    /**
     * Reads the request; calls {@code onFile} while the file part is open, or {@code onFieldsOnly} when there is
     * none.
     *
     * @throws MalformedUploadException when the body is not well-formed multipart or is cut off
     */
    public static <T> T read(HttpServletRequest request, FileHandler<T> onFile, FieldsHandler<T> onFieldsOnly) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Fields fields = new Fields(values);
        List<T> result = new ArrayList<>(1);
        walk(request, values, (part, content) -> {
            result.add(onFile.accept(fields, part.getName(), part.getContentType(), content));
            return true;
        });
        return result.isEmpty() ? onFieldsOnly.accept(fields) : result.getFirst();
    }

    /** What to do with each file part of a request that may carry many. */
    public interface EachFileHandler {
        void accept(Fields fieldsSoFar, String fieldName, String fileName, InputStream content) throws IOException;
    }

    /**
     * Reads a request carrying any number of file parts (e.g. {@code <input type=file multiple>}), handing each open
     * file part to {@code onFile} in the order sent, with the text fields that came before it; empty file inputs are
     * skipped. Nothing is buffered beyond one field's text.
     *
     * @return all text fields of the request
     * @throws MalformedUploadException when the body is not well-formed multipart or is cut off
     */
    public static Fields readEach(HttpServletRequest request, EachFileHandler onFile) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Fields fields = new Fields(values);
        walk(request, values, (part, content) -> {
            onFile.accept(fields, part.getFieldName(), part.getName(), content);
            return false;
        });
        return fields;
    }

    /** One open file part; true when it was the last one wanted. */
    private interface FilePart {
        boolean accept(FileItemInput part, InputStream content) throws IOException;
    }

    /**
     * The one loop over the parts: text fields into {@code values}, each non-empty file part to {@code onFile} while
     * its stream is open; after a part {@code onFile} calls the last, any further part is refused.
     */
    private static void walk(HttpServletRequest request, Map<String, List<String>> values, FilePart onFile) {
        try {
            JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
            upload.setMaxPartHeaderSize(PART_HEADER_LIMIT_BYTES);
            // Browsers send file names as raw UTF-8 in the part headers, whatever the request's declared charset.
            upload.setHeaderCharset(StandardCharsets.UTF_8);
            FileItemInputIterator parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                ParameterText.requireNoNul(part.getFieldName(), "A field name");
                if (part.isFormField()) {
                    values.computeIfAbsent(part.getFieldName(), k -> new ArrayList<>()).add(text(part));
                    continue;
                }
                boolean last;
                try (InputStream content = part.getInputStream()) {
                    if (part.getName() == null || part.getName().isBlank()) {
                        continue;
                    }
                    ParameterText.requireNoNul(part.getName(), "The file name of part '" + part.getFieldName() + "'");
                    last = onFile.accept(part, content);
                }
                if (last) {
                    if (parts.hasNext()) {
                        throw new MalformedUploadException("Put the file part last: part '"
                                + parts.next().getFieldName() + "' came after the file");
                    }
                    return;
                }
            }
        } catch (FileUploadException e) {
            throw new MalformedUploadException("Malformed multipart request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedUploadException("The upload was interrupted: " + e.getMessage(), e);
        }
    }

    private static String text(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(FIELD_LIMIT_BYTES + 1);
            if (bytes.length > FIELD_LIMIT_BYTES) {
                throw new MalformedUploadException("Field '" + part.getFieldName() + "' is longer than "
                        + FIELD_LIMIT_BYTES + " bytes");
            }
            return ParameterText.decode(bytes, "Field '" + part.getFieldName() + "'");
        }
    }
}
