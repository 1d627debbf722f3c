package org.daftar.ocr.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Measures how many bytes a page's drawing instructions inflate to, streaming and stopping at the budget, so a
 * few hundred compressed bytes that inflate to 150 MB are refused without the 150 MB ever being held (PDFBox
 * decodes a stream whole before parsing it).
 */
final class ContentStreams {

    private ContentStreams() {
    }

    /** True when the page's content streams together inflate to more than {@code limit} bytes. */
    static boolean exceed(PDPage page, long limit) throws IOException {
        long total = 0;
        for (COSStream stream : streams(page)) {
            total += size(stream, limit - total + 1);
            if (total > limit) {
                return true;
            }
        }
        return false;
    }

    private static List<COSStream> streams(PDPage page) {
        List<COSStream> streams = new ArrayList<>();
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    /** The decoded size of one stream, or any number above {@code atMost} once it is known to be larger. */
    private static long size(COSStream stream, long atMost) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters == null) {
            return stream.getLength();
        }
        COSName only = filters instanceof COSName name ? name
                : filters instanceof COSArray array && array.size() == 1 && array.getObject(0) instanceof COSName n ? n
                : null;
        if (COSName.FLATE_DECODE.equals(only)) {
            return inflatedSize(stream, atMost);
        }
        // Other filters are rare in content streams; PDFBox decodes them, and the count stops at the budget.
        try (InputStream in = stream.createInputStream()) {
            return count(in, atMost);
        }
    }

    private static long inflatedSize(COSStream stream, long atMost) throws IOException {
        Inflater inflater = new Inflater();
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] input = new byte[16 * 1024];
            byte[] output = new byte[64 * 1024];
            long total = 0;
            while (total <= atMost) {
                if (inflater.needsInput()) {
                    int n = raw.read(input);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(input, 0, n);
                }
                int produced = inflater.inflate(output);
                total += produced;
                if (inflater.finished() || produced == 0 && inflater.needsDictionary()) {
                    break;
                }
            }
            return total;
        } catch (DataFormatException e) {
            // A damaged stream: PDFBox reads what inflates and so will the renderer; the size so far is what counts.
            return inflater.getBytesWritten();
        } finally {
            inflater.end();
        }
    }

    private static long count(InputStream in, long atMost) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total <= atMost && (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }
}
