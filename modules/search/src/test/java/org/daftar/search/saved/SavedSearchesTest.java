package org.daftar.search.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.search.saved.SavedSearchRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

@ExtendWith(EmbeddedDatabase.class)
class SavedSearchesTest {

    private static SavedSearches saved(DataSource db) {
        JdbcClient jdbc = JdbcClient.create(db);
        for (String user : new String[] {"meena", "ravi", "sita"}) {
            jdbc.sql("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(user, user, "{noop}not-a-real-password-hash").update();
        }
        return new SavedSearches(jdbc, new DataSourceTransactionManager(db));
    }

    private static Reason refusal(Runnable save) {
        try {
            save.run();
        } catch (SavedSearchRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aSearchIsKeptPerUserUnderAHindiNameWithItsFiltersInFacetOrder(DataSource db) {
        SavedSearches saved = saved(db);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", "2023");
        filters.put("office", "COLL-SEH");
        SavedSearch search = saved.save("meena", "  नामांतरण बिलकिसगंज ", "बिलकिसगंज", filters);
        assertThat(search.name()).isEqualTo("नामांतरण बिलकिसगंज");
        assertThat(search.filters()).containsExactly(Map.entry("office", "COLL-SEH"), Map.entry("year", "2023"));
        // another user may use the same name; the first user may not use it twice
        saved.save("ravi", "नामांतरण बिलकिसगंज", "other", Map.of());
        assertThat(refusal(() -> saved.save("meena", "नामांतरण बिलकिसगंज", "x", Map.of()))).isEqualTo(Reason.NAME_TAKEN);
        assertThat(saved.list("meena")).extracting(SavedSearch::query).containsExactly("बिलकिसगंज");
        assertThat(saved.delete("ravi", search.id())).as("not ravi's to delete").isFalse();
        assertThat(saved.delete("meena", search.id())).isTrue();
        assertThat(saved.list("meena")).isEmpty();
    }

    @Test
    void blankOrLongNamesEmptySearchesAndUnknownFiltersAreRefused(DataSource db) {
        SavedSearches saved = saved(db);
        assertThat(refusal(() -> saved.save("meena", " ", "q", Map.of()))).isEqualTo(Reason.NAME_MISSING);
        assertThat(refusal(() -> saved.save("meena", "x".repeat(101), "q", Map.of()))).isEqualTo(Reason.NAME_TOO_LONG);
        assertThat(refusal(() -> saved.save("meena", "empty", " ", Map.of("year", " ")))).isEqualTo(Reason.NOTHING_TO_SAVE);
        assertThat(refusal(() -> saved.save("meena", "odd", "q", Map.of("colour", "red")))).isEqualTo(Reason.UNKNOWN_FILTER);
    }

    @Test
    void theDatabaseItselfRefusesADuplicateNameAndAnUnknownFacet(DataSource db) {
        saved(db);
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("INSERT INTO saved_search (username, name, query) VALUES ('sita', 'a', 'q')").update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO saved_search (username, name, query) VALUES ('sita', 'a', 'r')")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO saved_search_filter (saved_search_id, facet, value)
                SELECT id, 'colour', 'red' FROM saved_search WHERE username = 'sita' AND name = 'a'""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
