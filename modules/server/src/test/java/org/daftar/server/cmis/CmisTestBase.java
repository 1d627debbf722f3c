package org.daftar.server.cmis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole server on a random port with an embedded PostgreSQL and a 16 MB content limit, and talks CMIS
 * to it over real HTTP with the OpenCMIS client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "daftar.admin-password=" + CmisTestBase.ADMIN_PASSWORD,
        "daftar.content.max-size=16MB"})
abstract class CmisTestBase {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final Path HOME = createHome();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("daftar.home", HOME::toString);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("daftar-cmis-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> sessionParameters(BindingType binding, String user, String password) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.USER, user);
        parameters.put(SessionParameter.PASSWORD, password);
        parameters.put(SessionParameter.REPOSITORY_ID, "daftar");
        if (binding == BindingType.BROWSER) {
            parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
            parameters.put(SessionParameter.BROWSER_URL, "http://localhost:" + port + "/cmis/browser");
        } else {
            parameters.put(SessionParameter.BINDING_TYPE, BindingType.ATOMPUB.value());
            parameters.put(SessionParameter.ATOMPUB_URL, "http://localhost:" + port + "/cmis/atom");
        }
        return parameters;
    }

    Session session(String user, String password) {
        return SessionFactoryImpl.newInstance().createSession(sessionParameters(BindingType.BROWSER, user, password));
    }

    Session admin() {
        return session("admin", ADMIN_PASSWORD);
    }
}
