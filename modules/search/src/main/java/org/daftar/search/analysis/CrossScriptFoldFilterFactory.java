package org.daftar.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link CrossScriptFoldFilter}, named {@code daftarCrossScriptFold} in schemas. Parameters:
 * {@code form} = {@code folded} (default) or {@code skeleton}; {@code devanagariOnly} = {@code true|false} (default
 * false). Unknown parameters are refused.
 */
public final class CrossScriptFoldFilterFactory extends TokenFilterFactory {

    /** The SPI name. */
    public static final String NAME = "daftarCrossScriptFold";

    private final boolean skeleton;
    private final boolean devanagariOnly;

    public CrossScriptFoldFilterFactory(Map<String, String> args) {
        super(args);
        String form = get(args, "form", java.util.List.of("folded", "skeleton"), "folded");
        skeleton = form.equals("skeleton");
        devanagariOnly = getBoolean(args, "devanagariOnly", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for " + NAME + ": " + args);
        }
    }

    /** For SPI discovery only. */
    public CrossScriptFoldFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CrossScriptFoldFilter(input, skeleton, devanagariOnly);
    }
}
