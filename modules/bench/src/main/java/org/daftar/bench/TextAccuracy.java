package org.daftar.bench;

import java.util.List;

/**
 * Character and word error rates of OCR output against ground truth: edit distance divided by the length of the
 * truth, over Unicode code points (so a Devanagari vowel sign counts as one character) with whitespace collapsed.
 */
final class TextAccuracy {

    private TextAccuracy() {
    }

    /** Errors and reference length, to be summed over pages before dividing. */
    record Errors(long edits, long length) {
        Errors plus(Errors other) {
            return new Errors(edits + other.edits, length + other.length);
        }

        double rate() {
            return length == 0 ? 0 : (double) edits / length;
        }
    }

    static Errors characters(String truth, String ocr) {
        int[] t = normalize(truth).codePoints().toArray();
        int[] o = normalize(ocr).codePoints().toArray();
        return new Errors(distance(t, o), t.length);
    }

    static Errors words(String truth, String ocr) {
        List<String> t = List.of(normalize(truth).split(" "));
        List<String> o = List.of(normalize(ocr).split(" "));
        int[] ti = t.stream().mapToInt(String::hashCode).toArray();
        int[] oi = o.stream().mapToInt(String::hashCode).toArray();
        return new Errors(distance(ti, oi), ti.length);
    }

    static String normalize(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Levenshtein distance in O(n) memory. */
    static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
