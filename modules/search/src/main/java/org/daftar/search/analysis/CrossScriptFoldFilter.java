package org.daftar.search.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token with its {@link CrossScriptFolding} form (folded or skeleton). With {@code devanagariOnly},
 * tokens without a Devanagari letter are dropped (index side: Latin words already sit in the other fields).
 *
 * <p>Office text repeats a small vocabulary, so each filter keeps the forms of the words it has folded recently: folding
 * was the costliest step of indexing (docs/search.md). Lucene reuses a token stream within one thread only, so the
 * cache needs no locking; it is emptied when full rather than tracking recency, which is cheap and good enough for a
 * Zipf-shaped vocabulary.
 */
public final class CrossScriptFoldFilter extends TokenFilter {

    /** Enough for the working vocabulary of office papers; about 1 MB per filter at most. */
    private static final int RECENT_WORDS = 8192;

    private final boolean skeleton;
    private final boolean devanagariOnly;
    private final int minLength;
    private final Map<String, String> recent = new HashMap<>();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    public CrossScriptFoldFilter(TokenStream input, boolean skeleton, boolean devanagariOnly) {
        super(input);
        this.skeleton = skeleton;
        this.devanagariOnly = devanagariOnly;
        this.minLength = skeleton ? 2 : 1;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            if (!devanagariOnly || CrossScriptFolding.hasDevanagari(term)) {
                String word = term.toString();
                String folded = recent.get(word);
                if (folded == null) {
                    folded = skeleton ? CrossScriptFolding.skeleton(word) : CrossScriptFolding.fold(word);
                    if (recent.size() >= RECENT_WORDS) {
                        recent.clear();
                    }
                    recent.put(word, folded);
                }
                if (folded.length() >= minLength) {
                    term.setEmpty().append(folded);
                    position.setPositionIncrement(position.getPositionIncrement() + skipped);
                    return true;
                }
            }
            skipped += position.getPositionIncrement();
        }
        return false;
    }
}
