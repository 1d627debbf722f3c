package org.daftar.search.index;

import java.util.List;

/**
 * Which model properties feed the shared search fields (facets, numbers, subject). Taken from property names as
 * the content model declares them, so a new {@code eo:} number or status property is picked up without a hand list.
 */
final class IndexFields {

    static final String SUBJECT = "eo:subject";
    static final String TITLE = "cm:title";
    static final String OFFICE = "eo:officeCode";
    static final String SECTION = "eo:sectionCode";
    static final String CATEGORY = "eo:category";
    static final String GRADING = "eo:grading";
    /** Dates that say which year a paper belongs to, best first; otherwise the node's creation year. */
    static final List<String> YEAR_SOURCES = List.of("eo:openedOn", "eo:letterDate", "eo:receivedDate");

    private IndexFields() {
    }

    /** File, diary, letter, dispatch, computer numbers: {@code eo:fileNumber}, {@code eo:diaryNumber}, … */
    static boolean isNumber(String property) {
        return property.endsWith("Number") && !property.endsWith("paragraphNumber")
                && !property.endsWith("ParagraphNumber");
    }

    /** {@code eo:fileStatus}, {@code eo:receiptStatus}, {@code eo:draftStatus}, {@code eo:noteState}. */
    static boolean isStatus(String property) {
        return property.endsWith("Status") || property.endsWith("State");
    }

    /** {@code eo:createdByDesk}, {@code eo:authorDesk}, … */
    static boolean isDesk(String property) {
        return property.endsWith("Desk");
    }

    /** The Solr field of a model property: {@code eo:fileNumber} becomes {@code eo_fileNumber_s}. */
    static String dynamicField(String property, String suffix) {
        return property.replace(':', '_') + suffix;
    }
}
