package org.daftar.ocr.ingest;

/**
 * How many pages one scan brought in by a given user may have: a desk's upload is held to fewer pages than an
 * administrator's record-room import, so no single upload can hold a worker for hours. Never more than the
 * budget's own page limit.
 */
@FunctionalInterface
public interface PageAllowance {

    /** The same allowance for everyone (the budget's page limit). */
    PageAllowance UNLIMITED = actor -> Integer.MAX_VALUE;

    /** The most pages a scan brought in by {@code actor} may have. */
    int maxPages(String actor);
}
