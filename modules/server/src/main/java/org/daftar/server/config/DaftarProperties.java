package org.daftar.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Daftar's settings ({@code daftar.*}; environment variables such as {@code DAFTAR_HOME} bind by Spring's relaxed
 * rules). See {@code docs/configuration.md}.
 *
 * @param home          the data directory: embedded PostgreSQL data, content store, initial admin password
 * @param db            the database; without a URL an embedded PostgreSQL is started under {@code home}
 * @param content       content store settings
 * @param adminPassword the password of the {@code admin} user created on first start; generated when empty
 * @param demoData      whether to load the demo folders and documents on start
 */
@ConfigurationProperties("daftar")
public record DaftarProperties(
        @DefaultValue("${user.home}/.daftar") Path home,
        @DefaultValue Database db,
        @DefaultValue Content content,
        String adminPassword,
        @DefaultValue("false") boolean demoData) {

    /**
     * @param url           JDBC URL of an external PostgreSQL; empty for the embedded one
     * @param user          the external database's application role (rows only; see docs/operations.md)
     * @param password      its password
     * @param embeddedPort  port of the embedded PostgreSQL, 0 for any free port
     * @param ownerUser     the external database's owner role, which runs the migrations and grants {@code user}
     *                      its privileges; empty: migrations run as {@code user} (one role for all, not advised)
     * @param ownerPassword its password
     */
    public record Database(String url, String user, String password, @DefaultValue("0") int embeddedPort,
                           String ownerUser, String ownerPassword) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        /** Whether migrations run as a role of their own. */
        public boolean separateOwner() {
            return ownerUser != null && !ownerUser.isBlank();
        }
    }

    /** @param maxSize the largest upload accepted */
    public record Content(@DefaultValue("2GB") DataSize maxSize) {
    }
}
