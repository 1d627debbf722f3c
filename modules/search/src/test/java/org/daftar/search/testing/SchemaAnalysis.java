package org.daftar.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.SolrCore;
import org.daftar.search.solr.SolrCollection;

/** Runs text through a field type's analyzer exactly as the shipped schema defines it. */
public final class SchemaAnalysis {

    private final SolrCollection solr;

    public SchemaAnalysis(SolrCollection solr) {
        this.solr = solr;
    }

    /** The tokens the index side of {@code fieldType} makes of {@code text}. */
    public List<String> index(String fieldType, String text) {
        return tokens(fieldType, text, false);
    }

    /** The tokens the query side of {@code fieldType} makes of {@code text}. */
    public List<String> query(String fieldType, String text) {
        return tokens(fieldType, text, true);
    }

    private List<String> tokens(String fieldType, String text, boolean query) {
        var container = ((EmbeddedSolrServer) solr.client()).getCoreContainer();
        try (SolrCore core = container.getCore(solr.name())) {
            var type = core.getLatestSchema().getFieldTypeByName(fieldType);
            if (type == null) {
                throw new IllegalArgumentException("No field type " + fieldType + " in the schema");
            }
            Analyzer analyzer = query ? type.getQueryAnalyzer() : type.getIndexAnalyzer();
            List<String> tokens = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("f", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(term.toString());
                }
                stream.end();
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
