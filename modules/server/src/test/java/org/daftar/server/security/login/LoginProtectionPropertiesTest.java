package org.daftar.server.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginProtectionPropertiesTest {

    private final LoginProtectionProperties defaults = new LoginProtectionProperties(3, 10, Duration.ofSeconds(1),
            Duration.ofSeconds(60), 10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after {0} failures the wait is {1} s")
    @CsvSource({"0, 0", "2, 0", "3, 1", "4, 2", "5, 4", "6, 8", "7, 16", "8, 32", "9, 60", "10, 60", "1000, 60"})
    void theWaitDoublesFromTheThresholdUpToTheCap(int failures, long seconds) {
        assertThat(defaults.delayAfter(failures, 3)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void settingsThatCannotWorkAreRefusedAtStart() {
        assertThatThrownBy(() -> new LoginProtectionProperties(0, 10, Duration.ofSeconds(1), Duration.ofSeconds(60), 10,
                Duration.ofMinutes(15), Duration.ofMinutes(15))).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new LoginProtectionProperties(3, 10, Duration.ofSeconds(10), Duration.ofSeconds(5), 10,
                Duration.ofMinutes(15), Duration.ofMinutes(15))).hasMessageContaining("max-delay");
        assertThatThrownBy(() -> new LoginProtectionProperties(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(5), 10,
                Duration.ZERO, Duration.ofMinutes(15))).hasMessageContaining("lock-duration");
    }
}
