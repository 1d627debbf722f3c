package org.daftar.server.security.login;

import java.time.Clock;
import org.daftar.repository.Repository;
import org.daftar.repository.user.LoginFailures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wires login protection over the database and the users' password check. */
@Configuration(proxyBeanMethods = false)
public class LoginProtectionConfiguration {

    /** The clock of login protection (a bean of its own so that tests can move it instead of waiting). */
    @Bean
    Clock loginClock() {
        return Clock.systemUTC();
    }

    @Bean
    LoginProtection loginProtection(JdbcClient jdbc, Repository repository, LoginProtectionProperties settings,
                                    Clock loginClock) {
        return new LoginProtection(new LoginFailures(jdbc), repository.audit(), settings, loginClock);
    }

    /**
     * The authentication of the API and web chains: the users' password check inside login protection. Handed to
     * each chain explicitly, so that no other provider (which would check the password again, unthrottled) is
     * consulted after a refusal.
     */
    @Bean
    AuthenticationManager loginAuthentication(UserDetailsService users, PasswordEncoder encoder,
                                              LoginProtection protection) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, protection));
    }
}
