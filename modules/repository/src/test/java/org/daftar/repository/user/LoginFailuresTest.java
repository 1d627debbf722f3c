package org.daftar.repository.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.audit.AuditLog;
import org.daftar.repository.property.PropertyJson;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.repository.user.LoginFailures.Kind;
import org.daftar.repository.user.LoginFailures.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(EmbeddedDatabase.class)
class LoginFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void failuresFromSeveralProcessesAtOnceAreAllCountedAndLockOnce(DataSource dataSource) throws Exception {
        // Each "process" has its own JdbcClient; they share only the database, as several servers do.
        int processes = 8;
        int failuresEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            List<Future<Integer>> locks = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                LoginFailures failures = new LoginFailures(JdbcClient.create(dataSource));
                Callable<Integer> process = () -> {
                    int locked = 0;
                    for (int i = 0; i < failuresEach; i++) {
                        Tally tally = failures.fail(Kind.ACCOUNT, "shared.user", NOW, NOW.minus(WINDOW));
                        if (tally.failures() >= 10 && failures.lock("shared.user", NOW.plus(WINDOW))) {
                            locked++;
                        }
                    }
                    return locked;
                };
                locks.add(pool.submit(process));
            }
            int locked = 0;
            for (Future<Integer> lock : locks) {
                locked += lock.get();
            }
            assertThat(locked).as("exactly one process locks the account").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        LoginFailures failures = new LoginFailures(JdbcClient.create(dataSource));
        assertThat(failures.of("shared.user", "none")).singleElement()
                .satisfies(t -> assertThat(t.failures()).isEqualTo(processes * failuresEach))
                .satisfies(t -> assertThat(t.lockedUntil()).isEqualTo(NOW.plus(WINDOW)));
    }

    @Test
    void aCountStartsAgainAfterItsWindowAndAfterItsLockEnds(DataSource dataSource) {
        LoginFailures failures = new LoginFailures(JdbcClient.create(dataSource));
        failures.fail(Kind.ADDRESS, "192.0.2.1", NOW, NOW.minus(WINDOW));
        assertThat(failures.fail(Kind.ADDRESS, "192.0.2.1", NOW.plusSeconds(60), NOW.plusSeconds(60).minus(WINDOW))
                .failures()).isEqualTo(2);
        Instant later = NOW.plus(WINDOW).plusSeconds(1);
        Tally fresh = failures.fail(Kind.ADDRESS, "192.0.2.1", later, later.minus(WINDOW));
        assertThat(fresh.failures()).isEqualTo(1);
        assertThat(fresh.firstAt()).isEqualTo(later);

        failures.fail(Kind.ACCOUNT, "locked.user", NOW, NOW.minus(WINDOW));
        assertThat(failures.lock("locked.user", NOW.plusSeconds(30))).isTrue();
        assertThat(failures.lockOf("locked.user", NOW.plusSeconds(29))).isPresent();
        assertThat(failures.locked(NOW.plusSeconds(29))).extracting(Tally::subject).startsWith("locked.user");
        Instant afterLock = NOW.plusSeconds(31);
        Tally afterwards = failures.fail(Kind.ACCOUNT, "locked.user", afterLock, afterLock.minus(WINDOW));
        assertThat(afterwards.failures()).isEqualTo(1);
        assertThat(afterwards.lockedUntil()).isNull();
    }

    @Test
    void anUnlockOrASuccessForgetsTheAccountAndStaleRowsAreRemoved(DataSource dataSource) {
        LoginFailures failures = new LoginFailures(JdbcClient.create(dataSource));
        failures.fail(Kind.ACCOUNT, "unlocked.user", NOW, NOW.minus(WINDOW));
        assertThat(failures.unlock("unlocked.user", NOW)).as("not locked").isFalse();
        failures.lock("unlocked.user", NOW.plus(WINDOW));
        failures.forget("unlocked.user", NOW);
        assertThat(failures.lockOf("unlocked.user", NOW)).as("a success cannot end a lock").isPresent();
        assertThat(failures.unlock("unlocked.user", NOW)).isTrue();
        assertThat(failures.of("unlocked.user", "none")).isEmpty();

        failures.fail(Kind.ADDRESS, "192.0.2.9", NOW, NOW.minus(WINDOW));
        assertThat(failures.removeStale(NOW.plusSeconds(1), NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(failures.of("none", "192.0.2.9")).isEmpty();
        String longName = "x".repeat(500);
        assertThat(failures.fail(Kind.ACCOUNT, longName, NOW, NOW.minus(WINDOW)).subject())
                .hasSize(LoginFailures.MAX_SUBJECT_LENGTH);
    }

    @Test
    void accountEventsAreAuditedWithoutANode(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new AuditLog(jdbc, new PropertyJson()).appendAccountEvent("some.user", AuditAction.LOGIN_FAILED,
                java.util.Map.of("address", "192.0.2.7"));
        assertThat(jdbc.sql("SELECT details->>'address' FROM audit_event WHERE action = 'LOGIN_FAILED' AND node_id IS NULL")
                .query(String.class).single()).isEqualTo("192.0.2.7");
    }
}
