package org.daftar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token with its {@link CrossScriptFolding} form (folded or skeleton). With {@code devanagariOnly},
 * tokens without a Devanagari letter are dropped (index side: Latin words already sit in the other fields).
 */
public final class CrossScriptFoldFilter extends TokenFilter {

    private final boolean skeleton;
    private final boolean devanagariOnly;
    private final int minLength;
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
                String folded = skeleton ? CrossScriptFolding.skeleton(word) : CrossScriptFolding.fold(word);
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
