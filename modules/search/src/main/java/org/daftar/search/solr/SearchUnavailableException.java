package org.daftar.search.solr;

/** Solr could not be reached or refused a request that should have worked; the cause says why. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
