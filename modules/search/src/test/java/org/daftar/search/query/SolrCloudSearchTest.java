package org.daftar.search.query;

import org.daftar.search.testing.SolrCloud;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search suite on a two-node SolrCloud with a two-shard collection (pages of a node share a shard). */
@ExtendWith(SolrCloud.class)
class SolrCloudSearchTest extends SearchSuite {
}
