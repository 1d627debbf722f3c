package org.daftar.ocr.input;

/**
 * The time and drawing operators one page may spend, counted from the operator hook of the PDFBox renderer and
 * text stripper; past either, the page is abandoned with a reason instead of running on (or running out of
 * memory on an ever-growing path).
 */
final class PageBudget {

    private final String name;
    private final int page;
    private final InputLimits limits;
    private final long deadline;
    private long operators;

    PageBudget(String name, int page, InputLimits limits) {
        this.name = name;
        this.page = page;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.pageTime().toNanos();
    }

    /** Counts one operator; throws once the page is over its budget. */
    void operator() {
        operators++;
        if (operators > limits.maxPageOperators()) {
            throw new OverBudgetException("'" + name + "' page " + page + " has more than " + limits.maxPageOperators()
                    + " drawing operators (a content-stream bomb or a damaged file); print it to PDF again or"
                    + " scan the paper");
        }
        if ((operators & 1023) == 0) {
            checkTime();
        }
    }

    void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new OverBudgetException("'" + name + "' page " + page + " took longer than " + limits.pageTime().toSeconds()
                    + " s to read, the most one page may take; print it to PDF again or scan the paper");
        }
    }
}
