package org.daftar.repository.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.node.Node;
import org.junit.jupiter.api.Test;

class GradingReadAccessTest {

    private final ReadAccess access = new GradingReadAccess();

    private static Node graded(String grading) {
        return new Node(UUID.randomUUID(), UUID.randomUUID(), "r.pdf", "eo:receipt", false, Set.of("eo:graded"),
                Map.of("eo:grading", grading), null, "1.0", Instant.now(), "clerk", Instant.now(), "clerk");
    }

    @Test
    void normalNodesAreReadByEveryone() {
        assertThat(access.canRead("outsider", graded("Normal"))).isTrue();
    }

    @Test
    void confidentialAndSecretNodesAreReadOnlyByTheirCreator() {
        for (String grading : new String[] {"Confidential", "Secret"}) {
            assertThat(access.canRead("outsider", graded(grading))).as(grading).isFalse();
            assertThat(access.canRead("clerk", graded(grading))).as(grading).isTrue();
        }
    }
}
