package org.daftar.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.daftar.server.config.DaftarProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users yet) creates the {@code admin} user, with the configured password or a generated
 * one written to {@code <home>/initial-admin-password} readable only by the owner, as Jenkins does.
 */
@Component
@Order(0)
public class InitialAdmin implements ApplicationRunner {

    /** User name of the administrator created on first start. */
    public static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final DaftarProperties properties;

    public InitialAdmin(UserAccounts accounts, PasswordEncoder encoder, DaftarProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String configured = properties.adminPassword();
        String password = configured == null || configured.isBlank() ? generate() : configured;
        if (accounts.create(new UserAccount(USERNAME, "Administrator", encoder.encode(password), true, true))) {
            if (configured == null || configured.isBlank()) {
                Path file = writePasswordFile(password);
                log.info("Created user '{}'; its generated password is in {}", USERNAME, file);
            } else {
                log.info("Created user '{}' with the configured password", USERNAME);
            }
        }
    }

    private Path writePasswordFile(String password) {
        Path file = properties.home().resolve("initial-admin-password");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
