package org.daftar.search.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.search.analysis.CrossScriptFolding;

/**
 * Snippets for hits found only across scripts (a Latin query such as {@code namantaran} matching Devanagari text
 * {@code नामांतरण}). Solr's highlighter cannot mark them: the cross-script fields are not stored, and the stored text
 * is analysed as Hindi. Here the words of the text are folded the way the index folds them ({@link CrossScriptFolding}:
 * the folded form and the consonant skeleton, the two cross-script fields the query searches) and those equal to a
 * query word's form are marked, in a window around the first one.
 */
final class CrossScriptSnippets {

    /** Letters with their marks (matras, virama, nukta), digits, and the joiners that may sit inside a Hindi word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}\\u200C\\u200D]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** Skeletons shorter than this match too many unrelated words to be worth marking. */
    private static final int MIN_SKELETON = 3;

    private final Set<String> folded = new HashSet<>();
    private final Set<String> skeletons = new HashSet<>();

    /** The words of {@code queryText} (operators left out) in both folded forms. */
    CrossScriptSnippets(String queryText) {
        Matcher words = WORD.matcher(queryText);
        while (words.find()) {
            String word = words.group();
            if (OPERATORS.contains(word)) {
                continue;
            }
            String fold = CrossScriptFolding.fold(word);
            if (!fold.isEmpty()) {
                folded.add(fold);
            }
            String skeleton = CrossScriptFolding.skeleton(word);
            if (skeleton.length() >= MIN_SKELETON) {
                skeletons.add(skeleton);
            }
        }
    }

    /**
     * An HTML snippet of about {@code size} characters of {@code text} with the Devanagari words matching the query
     * in {@code <mark>}, or empty when none does.
     */
    Optional<String> snippet(String text, int size) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> marks = matches(text);
        if (marks.isEmpty()) {
            return Optional.empty();
        }
        int start = windowStart(text, marks.getFirst()[0], size);
        int end = windowEnd(text, start, size);
        StringBuilder html = new StringBuilder();
        int at = start;
        for (int[] mark : marks) {
            if (mark[0] < start || mark[1] > end) {
                continue;
            }
            escape(text.substring(at, mark[0]), html);
            html.append("<mark>");
            escape(text.substring(mark[0], mark[1]), html);
            html.append("</mark>");
            at = mark[1];
        }
        escape(text.substring(at, end), html);
        return Optional.of(html.toString().strip());
    }

    /** The Devanagari words of {@code text} equal to a query word in folded form or, as the query also allows, in skeleton. */
    private List<int[]> matches(String text) {
        List<int[]> marks = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (CrossScriptFolding.hasDevanagari(word) && (folded.contains(CrossScriptFolding.fold(word))
                    || skeletons.contains(CrossScriptFolding.skeleton(word)))) {
                marks.add(new int[] {words.start(), words.end()});
            }
        }
        return marks;
    }

    /** A little context before the first mark, starting at a word. */
    private static int windowStart(String text, int firstMark, int size) {
        int start = Math.max(0, firstMark - size / 4);
        while (start > 0 && start < firstMark && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /** About {@code size} characters on, ending at a word boundary. */
    private static int windowEnd(String text, int start, int size) {
        int end = Math.min(text.length(), start + size);
        while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return end == start ? Math.min(text.length(), start + size) : end;
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
