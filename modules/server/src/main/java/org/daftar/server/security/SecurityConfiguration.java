package org.daftar.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.daftar.repository.user.UserAccounts;
import org.daftar.server.security.login.LoginFailureHandler;
import org.daftar.server.security.login.LoginSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Filter chains over the same users ({@code app_user}): CMIS (authenticated by its own service factory), HTTP
 * Basic for the API, form login with sessions for the web pages; health is open so that scripts and load balancers
 * can probe it. Passwords are hashed with Argon2id (prefix {@code {argon2}}); the delegating encoder also accepts
 * bcrypt so hashes can be migrated later without a flag day. Basic and form sign-ins go through login protection
 * ({@code loginAuthentication}); every answer carries {@code Referrer-Policy: same-origin}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * CMIS clients authenticate with Basic credentials that OpenCMIS reads itself; the CMIS service factory checks
     * them against the same users and password encoder, so Spring Security only stays out of the way here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain cmisSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/cmis/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::sameOriginReferrer)
                .formLogin(form -> form.disable());
        return http.build();
    }

    /**
     * The REST API (HTTP Basic, stateless, so no CSRF token is needed), the OpenAPI document and health (open).
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                    AuthenticationManager loginAuthentication) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/eoffice/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/search/reindex").hasRole("ADMIN")
                        .requestMatchers("/api/v1/imports/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(loginAuthentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint).realmName("Daftar")
                        .authenticationDetailsSource(LoginSource.of("basic")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::sameOriginReferrer)
                .formLogin(form -> form.disable());
        return http.build();
    }

    /** The web pages: form login with a session, CSRF protection on every form, logout. */
    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager loginAuthentication) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/language", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        // Administrators' pages: record-room imports read and write server folders; the audit register.
                        .requestMatchers(HttpMethod.POST, "/record-room/import").hasRole("ADMIN")
                        .requestMatchers("/record-room/imports/**", "/audit-register").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                .authenticationManager(loginAuthentication)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler())
                        .authenticationDetailsSource(LoginSource.of("form")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // blob: for images and objects only: the receipt counter previews the chosen scan from a local URL
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; object-src 'self' blob:; style-src 'self'; "
                                + "script-src 'self'; frame-ancestors 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Links to other sites do not learn the page's address (which names nodes and files). */
    private static void sameOriginReferrer(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        PasswordEncoder hashing = new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return new VerifiedCredentialsCache(hashing, Duration.ofMinutes(10), 10_000, Clock.systemUTC());
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username -> accounts.find(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .disabled(!account.enabled())
                        .roles(account.admin() ? new String[] {"USER", "ADMIN"} : new String[] {"USER"})
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
