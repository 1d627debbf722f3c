package org.daftar.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login protection against the whole server (embedded PostgreSQL, real HTTP): Basic on the API, the web form and
 * CMIS. The login clock is a {@link MovableClock}, so the test steps over each delay instead of waiting. Each test
 * comes from its own client address (sent as {@code X-Forwarded-For}, which the server trusts from localhost).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "daftar.admin-password=" + LoginProtectionTest.ADMIN_PASSWORD,
        "daftar.login.failures-before-delay=3",
        "daftar.login.address-failures-before-delay=10",
        "daftar.login.first-delay=1s",
        "daftar.login.max-delay=8s",
        "daftar.login.failures-before-lock=8",
        "daftar.login.lock-duration=10m",
        "daftar.login.window=15m"})
class LoginProtectionTest {

    static final String ADMIN_PASSWORD = "login-test-admin-password";
    static final String PASSWORD = "right-password-1";
    static final Path HOME = createHome();
    static final MovableClock CLOCK = new MovableClock(Instant.now());

    @TestBean(name = "loginClock", methodName = "movableClock")
    Clock loginClock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    static Clock movableClock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("daftar.home", HOME::toString);
    }

    @Test
    void thirtyWrongPasswordsOverBasicAreSlowedEverMoreThenLockTheAccountUntilTheAdministratorUnlocksIt() {
        String user = newUser("tried.basic");
        String address = "203.0.113.10";
        List<Long> retryAfters = new ArrayList<>();
        int wrongAnswers = 0;
        int lockedAnswers = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> answer = basic("/api/v1/me", user, "wrong-password-" + attempt, address);
            if (answer.statusCode() == 429) {
                long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                assertThat(problem(answer).get("detail").asString()).contains("Too many failed sign-ins");
                retryAfters.add(retryAfter);
                CLOCK.advance(Duration.ofSeconds(retryAfter));
            } else if (problem(answer).get("title").asString().equals("Account locked")) {
                assertThat(answer.statusCode()).isEqualTo(401);
                lockedAnswers++;
            } else {
                assertThat(answer.statusCode()).isEqualTo(401);
                wrongAnswers++;
            }
        }
        // failures 1-2 free; from the 3rd each must wait 1, 2, 4, 8 (the cap), 8 s; the 8th locks the account
        assertThat(retryAfters).containsExactly(1L, 2L, 4L, 8L, 8L);
        assertThat(wrongAnswers).isEqualTo(8);
        assertThat(lockedAnswers).isEqualTo(30 - 8 - 5);

        HttpResponse<String> right = basic("/api/v1/me", user, PASSWORD, address);
        assertThat(right.statusCode()).isEqualTo(401);
        JsonNode locked = problem(right);
        assertThat(locked.get("detail").asString()).contains("'" + user + "' is locked", "until " + locked.get("lockedUntil").asString());
        assertThat(Instant.parse(locked.get("lockedUntil").asString())).isAfter(CLOCK.instant().plus(Duration.ofMinutes(9)));
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic("/api/v1/me", user, PASSWORD, "198.51.100.99").statusCode())
                .as("the lock holds from any address").isEqualTo(401);

        HttpResponse<String> locks = basic("/api/v1/users/locks", "admin", ADMIN_PASSWORD, null);
        assertThat(locks.statusCode()).isEqualTo(200);
        assertThat(locks.body()).contains("\"username\":\"" + user + "\"");
        assertThat(basic("/api/v1/users/locks", user, PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/users/" + user + "/lock", "admin", ADMIN_PASSWORD, null).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(send(request("/api/v1/users/" + user + "/lock", "admin", ADMIN_PASSWORD, null).DELETE()).statusCode())
                .as("no longer locked").isEqualTo(404);

        HttpResponse<String> afterUnlock = basic("/api/v1/me", user, PASSWORD, address);
        assertThat(afterUnlock.statusCode()).as(afterUnlock.body()).isEqualTo(200);

        assertThat(auditAddresses(user, "LOGIN_FAILED")).hasSize(8).containsOnly(address);
        assertThat(auditAddresses(user, "ACCOUNT_LOCKED")).containsExactly(address);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event
                WHERE action = 'ACCOUNT_UNLOCKED' AND actor = 'admin' AND details->>'account' = ?
                """).param(user).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT details->>'way' FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'")
                .param(user).query(String.class).list()).containsOnly("basic");
    }

    @Test
    void aLockEndsByItselfAfterTheConfiguredDuration() {
        String user = newUser("tried.expiry");
        String address = "203.0.113.20";
        lockByWrongPasswords(user, address);
        assertThat(basic("/api/v1/me", user, PASSWORD, address).statusCode()).isEqualTo(401);
        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(basic("/api/v1/me", user, PASSWORD, address).statusCode()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedForEveryNameButOtherAddressesAreNot() {
        String user = newUser("sprayed.user");
        String spraying = "203.0.113.30";
        for (int i = 0; i < 10; i++) {
            assertThat(basic("/api/v1/me", "nobody-" + i, "guess", spraying).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> slowed = basic("/api/v1/me", user, PASSWORD, spraying);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(basic("/api/v1/me", user, PASSWORD, "203.0.113.31").statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(basic("/api/v1/me", user, PASSWORD, spraying).statusCode()).isEqualTo(200);
        assertThat(auditAddresses("nobody-3", "LOGIN_FAILED")).containsExactly(spraying);
    }

    @Test
    void theLoginFormCountsFailuresAndSaysWhenTheAccountIsLocked() {
        String user = newUser("tried.form");
        String address = "203.0.113.40";
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = send(browser, request("/login", null, null, address).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String token = csrf.group(1);

        List<String> targets = new ArrayList<>();
        for (int attempt = 0; attempt < 15; attempt++) {
            String target = formLogin(browser, user, "wrong-" + attempt, token, address);
            targets.add(target);
            if (target.endsWith("/login?wait")) {
                String waitPage = send(browser, request("/login?wait", null, null, address).GET()).body();
                Matcher seconds = Pattern.compile("Wait (\\d+) seconds").matcher(waitPage);
                assertThat(seconds.find()).as(waitPage).isTrue();
                CLOCK.advance(Duration.ofSeconds(Long.parseLong(seconds.group(1))));
            }
        }
        assertThat(targets.stream().filter(t -> t.endsWith("/login?error")).count()).isEqualTo(8);
        assertThat(targets.stream().filter(t -> t.endsWith("/login?wait")).count()).isEqualTo(5);
        assertThat(targets.getLast()).endsWith("/login?locked");

        assertThat(formLogin(browser, user, PASSWORD, token, address)).endsWith("/login?locked");
        String lockedPage = send(browser, request("/login?locked", null, null, address).GET()).body();
        assertThat(lockedPage).contains("This account is locked after too many failed sign-ins until ");
        assertThat(auditAddresses(user, "LOGIN_FAILED")).hasSize(8).containsOnly(address);
        assertThat(jdbc.sql("SELECT DISTINCT details->>'way' FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'")
                .param(user).query(String.class).list()).containsExactly("form");
    }

    @Test
    void cmisCountsAWrongPasswordAndThenRefusesWithTheReason() {
        String user = newUser("tried.cmis");
        String address = "203.0.113.50";
        String path = "/cmis/browser?cmisselector=repositoryInfo";
        assertThat(basic(path, user, PASSWORD, address).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(basic(path, user, "wrong", address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = basic(path, user, PASSWORD, address);
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode error = json.readTree(refused.body());
        assertThat(error.get("exception").asString()).isEqualTo("permissionDenied");
        assertThat(error.get("message").asString()).contains("Too many failed sign-ins");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(auditAddresses(user, "LOGIN_FAILED")).hasSize(3).containsOnly(address);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(basic(path, user, PASSWORD, address).statusCode()).isEqualTo(200);
        HttpResponse<String> changes = basic("/cmis/browser/daftar?cmisselector=contentChanges&changeLogToken=0",
                "admin", ADMIN_PASSWORD, null);
        assertThat(changes.statusCode()).as("account events, which name no node, stay out of the change log: "
                + changes.body()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndEveryAnswerKeepsTheReferrerToThisSite() {
        HttpResponse<String> page = send(request("/login", null, null, null).GET());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe"));
        assertThat(basic("/api/v1/me", "admin", ADMIN_PASSWORD, null).headers().firstValue("Referrer-Policy"))
                .hasValue("same-origin");
        assertThat(basic("/cmis/browser?cmisselector=repositoryInfo", "admin", ADMIN_PASSWORD, null).headers()
                .firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() {
        HttpResponse<String> page = send(request("/login", null, null, "203.0.113.60")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "SameSite=Lax"));
    }

    private void lockByWrongPasswords(String user, String address) {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> answer = basic("/api/v1/me", user, "wrong", address);
            if (answer.statusCode() == 429) {
                CLOCK.advance(Duration.ofSeconds(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())));
            } else if (problem(answer).get("title").asString().equals("Account locked")) {
                return;
            }
        }
        throw new AssertionError(user + " was not locked");
    }

    private String newUser(String username) {
        HttpResponse<String> created = send(request("/api/v1/users", "admin", ADMIN_PASSWORD, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", username,
                        "displayName", username, "password", PASSWORD, "admin", false)))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private List<String> auditAddresses(String actor, String action) {
        return jdbc.sql("SELECT details->>'address' FROM audit_event WHERE actor = ? AND action = ? AND node_id IS NULL")
                .params(actor, action).query(String.class).list();
    }

    private String formLogin(HttpClient browser, String user, String password, String token, String address) {
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> answer = send(browser, request("/login", null, null, address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode problem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        return json.readTree(answer.body());
    }

    private HttpResponse<String> basic(String path, String user, String password, String address) {
        return send(request(path, user, password, address).GET());
    }

    private HttpRequest.Builder request(String path, String user, String password, String address) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("daftar-login-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
