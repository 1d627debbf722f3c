package org.daftar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.node.Node;
import org.daftar.repository.text.PageText;
import org.daftar.search.index.NodeDocuments;
import org.daftar.search.query.SearchRequest;
import org.daftar.search.query.SearchService;
import org.daftar.search.query.SearchSort;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.solr.SolrSettings;

/**
 * Indexes N generated papers (mixed Hindi/English, ~2 KB of text each, one to three pages) into an embedded Solr
 * through {@link NodeDocuments} in batches, as the indexer does, and prints docs/s. Then runs a fixed mix of queries
 * (Hindi, English, Latin-typed Hindi, phrases, numbers, Boolean, filters; all with facets and highlighting) through
 * {@link SearchService} and, as the baseline in the same run, the identical Solr requests sent straight to Solr;
 * prints p50/p99 of both and their ratio.
 *
 * <p>Options: {@code --count N} (default 100000), {@code --rounds N} query rounds over the mix (default 40),
 * {@code --threads N} indexing threads (default: the number of cores).
 */
final class SearchBench {

    private static final String[] HINDI = ("नामांतरण खसरा पटवारी तहसीलदार कलेक्टर सीहोर आष्टा भूमि राजस्व आदेश प्रकरण "
            + "आवेदन प्रतिवेदन शिकायत जाँच अधिसूचना परिपत्र कार्यालय पत्रावली प्रशासनिक क़ानून न्यायालय पंचायत ग्राम "
            + "सिंचाई कृषि वेतन भत्ता अवकाश स्थानांतरण नियुक्ति पदोन्नति निलंबन बंदोबस्त अभिलेख मार्ग चौड़ीकरण भू-अर्जन "
            + "मुआवज़ा किसान फसल बीमा राहत राशि वितरण सूची बैठक कार्यवाही हेतु प्रेषित संबंध में दिनांक क्रमांक").split(" ");
    private static final String[] ENGLISH = ("the of and to in for on with by land record file order report collector "
            + "tehsil village survey mutation application inquiry compensation acquisition road widening meeting "
            + "minutes circular notification revenue court appeal hearing notice reply pending disposal review "
            + "committee budget salary leave transfer posting audit objection compliance").split(" ");
    private static final String[] OFFICES = {"COLL-SEH", "COLL-BPL", "COLL-VDS", "COLL-RSN", "SDM-ASH", "SDM-BUD",
            "TEH-ICH", "TEH-NAS", "ZP-SEH", "NP-SEH"};
    private static final String[] SECTIONS = {"REV", "EST", "ACC", "LR", "ELEC", "GEN", "RR", "LEGAL"};
    private static final String[] CATEGORIES = {"Land Records", "Establishment", "Accounts", "Legal", "Elections",
            "General"};
    private static final String[] STATUSES = {"Open", "Closed", "Parked"};

    /** The query mix: text and filters. */
    private static final List<SearchRequest> QUERIES = List.of(
            query("नामांतरण"), query("खसरा पटवारी"), query("कार्यालयों"), query("\"भूमि अभिलेख\""),
            query("land acquisition"), query("compensation AND village"), query("mutation OR appeal"),
            query("namantaran"), query("collector sehore"), query("tehsildar report"),
            query("A-12011/77/1999"), query("review NOT pending"), query("राजस्व", "office", "COLL-SEH"),
            query("order", "year", "2019"), query("", "section", "REV"), query("notice", "category", "Legal"));

    private SearchBench() {
    }

    static int run(String[] args) {
        int count = BenchSupport.intOption(args, "--count", 100_000);
        int rounds = BenchSupport.intOption(args, "--rounds", 40);
        int threads = BenchSupport.intOption(args, "--threads", Runtime.getRuntime().availableProcessors());
        Path home = BenchSupport.scratchDirectory("search");
        try (SolrCollection solr = SolrCollection.open(SolrSettings.embedded(home.resolve("solr")))) {
            NodeDocuments documents = new NodeDocuments(TypeRegistry.standard(), new GradingReadAccess());
            IndexRun indexing = index(solr, documents, count, threads);
            SearchService service = new SearchService(solr, new GradingReadAccess());
            System.out.printf(Locale.ROOT, "indexed %,d papers (%.1f K chars of text each on average) on %d thread(s) at %,.0f papers/s%n",
                    count, indexing.averageKb(), threads, indexing.docsPerSecond());
            System.out.printf(Locale.ROOT, "  (%,.0f Solr documents/s: one per page)%n", indexing.solrDocsPerSecond());
            System.out.printf(Locale.ROOT, "  CPU %.2f ms per paper (all threads): %,.0f papers/s per fully used core%n",
                    indexing.cpuMsPerDoc(), 1000 / indexing.cpuMsPerDoc());
            measureQueries(solr, service, Math.max(2, rounds / 10)); // warm-up
            long[][] latencies = measureQueries(solr, service, rounds);
            double apiP50 = percentile(latencies[0], 50);
            double apiP99 = percentile(latencies[0], 99);
            double solrP50 = percentile(latencies[1], 50);
            double solrP99 = percentile(latencies[1], 99);
            System.out.printf(Locale.ROOT, "queries: %d rounds x %d (facets + highlights, access filter, collapse)%n",
                    rounds, QUERIES.size());
            System.out.printf(Locale.ROOT, "  SearchService  p50 %6.1f ms  p99 %6.1f ms%n", apiP50, apiP99);
            System.out.printf(Locale.ROOT, "  direct Solr    p50 %6.1f ms  p99 %6.1f ms%n", solrP50, solrP99);
            System.out.printf(Locale.ROOT, "  ratio          p50 %6.2f x   p99 %6.2f x   (targets: p99 <= 50 ms, "
                    + "<= 1.3 x direct; indexing >= 1,000 docs/s)%n", apiP50 / solrP50, apiP99 / solrP99);
            return 0;
        } finally {
            BenchSupport.deleteTree(home);
        }
    }

    /** What indexing measured. */
    private record IndexRun(double docsPerSecond, double averageKb, double cpuMsPerDoc, double solrDocsPerSecond) {
    }

    private static IndexRun index(SolrCollection solr, NodeDocuments documents, int count, int threads) {
        Instant now = Instant.now();
        java.util.concurrent.atomic.AtomicLong textChars = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong solrDocuments = new java.util.concurrent.atomic.AtomicLong();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        // Papers are split into ranges, one per thread, as several outbox drainers would share the work.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) count * t / threads);
                int to = (int) ((long) count * (t + 1) / threads);
                parts.add(pool.submit(() -> indexRange(solr, documents, from, to, now, textChars, solrDocuments)));
            }
            for (java.util.concurrent.Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Indexing failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        commit(solr);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IndexRun(count / seconds, textChars.get() / 1024.0 / count,
                (processCpuNanos() - cpuStarted) / 1e6 / count, solrDocuments.get() / seconds);
    }

    /** CPU time of this JVM, all threads (merges and commits included): the cost per paper, whatever else runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void indexRange(SolrCollection solr, NodeDocuments documents, int from, int to, Instant now,
                                   java.util.concurrent.atomic.AtomicLong textChars,
                                   java.util.concurrent.atomic.AtomicLong solrDocuments) {
        Random random = new Random(from);
        List<SolrInputDocument> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int pageCount = 1 + random.nextInt(3);
            List<PageText> pages = new ArrayList<>();
            for (int p = 1; p <= pageCount; p++) {
                String text = text(random, 2048 / pageCount);
                textChars.addAndGet(text.length());
                pages.add(new PageText(p, PageText.TextSource.OCR, "eng+hin", 85f, text));
            }
            batch.addAll(documents.of(node(random, i, now), pages, now));
            solrDocuments.addAndGet(pages.size());
            if (batch.size() >= 1000 || i == to - 1) {
                send(solr, batch);
                batch.clear();
            }
        }
    }

    private static Node node(Random random, int i, Instant now) {
        boolean file = i % 5 == 0;
        int year = 1980 + random.nextInt(45);
        String office = OFFICES[random.nextInt(OFFICES.length)];
        Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("eo:subject", words(random, HINDI, 6) + " " + words(random, ENGLISH, 4));
        properties.put("eo:officeCode", office);
        properties.put("eo:sectionCode", SECTIONS[random.nextInt(SECTIONS.length)]);
        properties.put("eo:category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        properties.put("eo:grading", random.nextInt(20) == 0 ? "Confidential" : "Normal");
        String type;
        if (file) {
            type = "eo:file";
            properties.put("eo:fileNumber", "A-12011/" + i + "/" + year);
            properties.put("eo:fileStatus", STATUSES[random.nextInt(STATUSES.length)]);
            properties.put("eo:openedOn", year + "-04-01");
        } else {
            type = "eo:receipt";
            properties.put("eo:diaryNumber", i + "/" + year + "/" + office);
            properties.put("eo:senderName", words(random, HINDI, 2));
            properties.put("eo:receiptStatus", STATUSES[random.nextInt(STATUSES.length)]);
            properties.put("eo:letterDate", year + "-06-15");
        }
        return new Node(UUID.nameUUIDFromBytes(("bench-" + i).getBytes()), UUID.nameUUIDFromBytes("parent".getBytes()),
                "paper-" + i + ".pdf", type, file, Set.of(), properties,
                file ? null : new ContentInfo("0".repeat(64), 2048, "application/pdf"), file ? null : "1.0", now,
                "clerk" + random.nextInt(50), now, "clerk");
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 32);
        while (text.length() < length) {
            String[] words = random.nextInt(10) < 6 ? HINDI : ENGLISH;
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(40) == 0 ? ".\n" : " ");
            if (random.nextInt(60) == 0) {
                text.append(random.nextInt(2000)).append(' ');
            }
        }
        return text.toString();
    }

    private static String words(Random random, String[] words, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    /** Runs each query of the mix per round through both paths, alternating which goes first. */
    private static long[][] measureQueries(SolrCollection solr, SearchService service, int rounds) {
        long[] api = new long[rounds * QUERIES.size()];
        long[] direct = new long[rounds * QUERIES.size()];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (SearchRequest request : QUERIES) {
                SolrQuery query = service.solrQuery("reader", request);
                if ((round + n) % 2 == 0) {
                    api[n] = timeApi(service, request);
                    direct[n] = timeDirect(solr, query);
                } else {
                    direct[n] = timeDirect(solr, query);
                    api[n] = timeApi(service, request);
                }
                n++;
            }
        }
        return new long[][] {api, direct};
    }

    private static long timeApi(SearchService service, SearchRequest request) {
        long started = System.nanoTime();
        service.search("reader", request);
        return System.nanoTime() - started;
    }

    private static long timeDirect(SolrCollection solr, SolrQuery query) {
        long started = System.nanoTime();
        try {
            solr.client().query(solr.name(), query, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - started;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static SearchRequest query(String text, String... filter) {
        Map<String, String> filters = filter.length == 0 ? Map.of() : Map.of(filter[0], filter[1]);
        return new SearchRequest(text, filters, SearchSort.RELEVANCE, 0, 10);
    }

    private static void send(SolrCollection solr, List<SolrInputDocument> batch) {
        try {
            UpdateRequest request = new UpdateRequest();
            request.add(batch);
            request.process(solr.client(), solr.name());
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Indexing failed", e);
        }
    }

    private static void commit(SolrCollection solr) {
        try {
            solr.client().commit(solr.name(), true, true);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
