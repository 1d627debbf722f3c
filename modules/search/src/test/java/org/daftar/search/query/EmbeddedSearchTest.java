package org.daftar.search.query;

import org.daftar.search.testing.EmbeddedSolr;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search suite on embedded Solr (the default set-up). */
@ExtendWith(EmbeddedSolr.class)
class EmbeddedSearchTest extends SearchSuite {
}
