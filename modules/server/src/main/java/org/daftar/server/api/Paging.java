package org.daftar.server.api;

/** Checks the {@code skipCount} and {@code maxItems} query parameters shared by list endpoints. */
final class Paging {

    static final int MAX_ITEMS_LIMIT = 1000;

    private Paging() {
    }

    static void check(int skipCount, int maxItems) {
        if (skipCount < 0) {
            throw new BadRequestException("skipCount must be 0 or more, was " + skipCount);
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) {
            throw new BadRequestException("maxItems must be between 1 and " + MAX_ITEMS_LIMIT + ", was " + maxItems);
        }
    }
}
