package org.daftar.cmis.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.antlr.runtime.tree.Tree;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.server.support.query.QueryUtilStrict;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryLimitsTest {

    private static final QueryLimits SMALL = new QueryLimits(200, 3, 4, 5, 8);
    private static final QueryLimits STANDARD = QueryLimits.STANDARD;
    private final CmisTypes types = new CmisTypes(TypeRegistry.standard());

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "SELECT * FROM cmis:document",
            "SELECT * FROM cmis:document WHERE ((cmis:name = 'a'))",
            "SELECT * FROM cmis:document WHERE a = 1 AND b = 2 OR c = 3 AND NOT d = 4",
            "`SELECT * FROM cmis:document WHERE cmis:name = '((((( AND OR AND OR NOT'`",
            "`SELECT * FROM cmis:document WHERE cmis:name = 'it\\'s (((( OR'`",
            "SELECT * FROM eo:receipt WHERE eo:subject = 'x' AND eo:sender_or_and = 1",
            "SELECT * FROM cmis:document WHERE ANDROID = 1 AND ORDER_NO = 2",
    })
    void statementsWithinTheLimitsPass(String statement) {
        assertThatCode(() -> SMALL.check(statement)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "SELECT * FROM cmis:document WHERE ((((cmis:name = 'a'))));        nested too deeply (more than 3 levels",
            "SELECT * FROM cmis:document WHERE a=1 OR b=2 OR c=3 OR d=4 OR e=5 OR f=6; too many terms (more than 4",
            "SELECT * FROM cmis:document WHERE a=1 and b=2 or c=3 AND d=4 Or e=5 oR f=6; too many terms",
            "SELECT * FROM cmis:document WHERE NOT NOT NOT NOT NOT a = 1;      too many terms",
    })
    void statementsBeyondTheLimitsAreRefusedWithAReadableMessage(String statement, String message) {
        assertThatThrownBy(() -> SMALL.check(statement))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aTooLongStatementIsRefusedBeforeAnythingElse() {
        assertThatThrownBy(() -> SMALL.check("SELECT * FROM cmis:document WHERE cmis:name = '" + "x".repeat(200) + "'"))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("too long");
    }

    @Test
    void aThousandOrTermsAndThreeThousandParenthesesAreRefused() {
        StringBuilder or = new StringBuilder("SELECT * FROM cmis:document WHERE cmis:name = 'n0'");
        for (int i = 1; i < 1000; i++) {
            or.append(" OR cmis:name = 'n").append(i).append("'");
        }
        assertThatThrownBy(() -> STANDARD.check(or.toString())).hasMessageContaining("too many terms");
        String nested = "SELECT * FROM cmis:document WHERE " + "(".repeat(3000) + "cmis:name = 'a'" + ")".repeat(3000);
        assertThatThrownBy(() -> STANDARD.check(nested)).hasMessageContaining("nested too deeply");
    }

    /** The standard limits must hold well inside the stack: the largest allowed statement parses and translates. */
    @Test
    void theLargestAllowedStatementParsesAndTranslates() {
        StringBuilder where = new StringBuilder("(".repeat(STANDARD.maxDepth() - 1)).append("cmis:name = 'n0'");
        for (int i = 1; i <= STANDARD.maxTerms(); i++) {
            where.append(i % 2 == 0 ? " AND " : " OR ").append("cmis:name = 'n").append(i).append("'");
        }
        where.append(")".repeat(STANDARD.maxDepth() - 1));
        String statement = "SELECT * FROM cmis:document WHERE " + where;
        STANDARD.check(statement);
        assertThatCode(() -> translate(statement, STANDARD)).doesNotThrowAnyException();
    }

    @Test
    void anInListLongerThanTheLimitIsRefused() {
        assertThatCode(() -> translate(inList(5), SMALL)).doesNotThrowAnyException();
        assertThatThrownBy(() -> translate(inList(6), SMALL))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("IN list has 6 values; at most 5");
        assertThatThrownBy(() -> translate(inList(70_000), STANDARD))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("at most 1000");
    }

    @Test
    void tooManyValuesInAllAreRefused() {
        String statement = "SELECT * FROM cmis:document WHERE cmis:name IN ('a', 'b', 'c', 'd', 'e')"
                + " OR cmis:name IN ('f', 'g', 'h', 'i')";
        assertThatThrownBy(() -> translate(statement, SMALL))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("more than 8 values in all");
    }

    private static String inList(int values) {
        StringBuilder statement = new StringBuilder("SELECT * FROM cmis:document WHERE cmis:name IN (");
        for (int i = 0; i < values; i++) {
            statement.append(i == 0 ? "" : ", ").append("'n").append(i).append("'");
        }
        return statement.append(")").toString();
    }

    private String translate(String statement, QueryLimits limits) {
        QueryUtilStrict parsed = new QueryUtilStrict(statement, new QueryTypes(types), null, false);
        parsed.processStatementUsingCmisExceptions();
        SqlCondition condition = new SqlCondition(parsed.getQueryObject(), text -> Set.<UUID>of(),
                id -> types.modelProperty(id).map(PropertyDefinition::dataType).orElse(null), limits);
        Tree tree = parsed.getWalker().getWherePredicateTree();
        return condition.where(tree);
    }
}
