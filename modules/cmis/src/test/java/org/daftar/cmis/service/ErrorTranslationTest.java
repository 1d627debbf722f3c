package org.daftar.cmis.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;

class ErrorTranslationTest {

    private static final String SQL = "SELECT * FROM node WHERE deleted_at IS NULL AND (grading = ANY(?)) AND name IN ("
            + "?, ".repeat(70_000) + "?)";

    @Test
    void aDatabaseFailureReachesTheClientWithoutSqlOrItsCause() {
        RuntimeException translated = ErrorTranslation.translate(
                new BadSqlGrammarException("query", SQL, new java.sql.SQLException("too many parameters")));
        assertThat(translated).isInstanceOf(CmisRuntimeException.class).hasNoCause();
        assertThat(translated.getMessage()).startsWith("The repository could not answer this request (reference ")
                .doesNotContain("SELECT").doesNotContain("node").hasSizeLessThan(100);
    }

    @Test
    void anUnexpectedFailureIsReportedByReferenceOnly() {
        RuntimeException translated = ErrorTranslation.translate(new IllegalStateException("secret detail " + SQL));
        assertThat(translated).isInstanceOf(CmisRuntimeException.class).hasNoCause();
        assertThat(translated.getMessage()).startsWith("Internal error (reference ").doesNotContain("secret");
    }

    @Test
    void aStackOverflowBecomesAnInvalidArgument() {
        assertThat(ErrorTranslation.translate(new StackOverflowError()))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void theLoggedMessageIsCutShort() {
        String logged = ErrorTranslation.bounded(new IllegalStateException(SQL));
        assertThat(logged).hasSizeLessThan(ErrorTranslation.LOGGED_MESSAGE_LIMIT + 100)
                .startsWith("java.lang.IllegalStateException: SELECT").contains("characters)");
    }

    @Test
    void anUnknownRepositoryIsNotFoundAndNamed() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KnownRepository.require("alfresco")))
                .isInstanceOf(CmisObjectNotFoundException.class).hasMessageContaining("'alfresco' is unknown");
        KnownRepository.require("daftar");
        KnownRepository.require(null);
    }
}
