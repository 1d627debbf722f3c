package org.daftar.repository.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The three logins of the embedded PostgreSQL, generated once and kept in a properties file readable by its owner
 * only (0600): the superuser ({@code postgres}, for administration and the server's own set-up), the schema owner
 * (migrations) and the application's role (everything else).
 *
 * @param superuser the cluster's superuser
 * @param owner     owns the database and its tables; runs the migrations
 * @param app       what the running server connects as
 */
record EmbeddedCredentials(DatabaseLogin superuser, DatabaseLogin owner, DatabaseLogin app) {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "daftar_owner";
    static final String APP = "daftar_app";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** Reads the file, or creates it with new random passwords when it does not exist yet. */
    static EmbeddedCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            SecureRandom random = new SecureRandom();
            EmbeddedCredentials created = new EmbeddedCredentials(new DatabaseLogin(SUPERUSER, password(random)),
                    new DatabaseLogin(OWNER, password(random)), new DatabaseLogin(APP, password(random)));
            created.write(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database credentials in " + file, e);
        }
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new EmbeddedCredentials(login(properties, "superuser", file), login(properties, "owner", file),
                login(properties, "app", file));
    }

    private static DatabaseLogin login(Properties properties, String key, Path file) {
        String user = properties.getProperty(key + ".user");
        String password = properties.getProperty(key + ".password");
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException(file + " has no " + key + ".user and " + key + ".password");
        }
        return new DatabaseLogin(user.strip(), password.strip());
    }

    /** Writes a temporary file created 0600, then moves it in place, so the passwords are never world-readable. */
    private void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".db-credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write("""
                    # Logins of Daftar's embedded PostgreSQL, generated on its first start. Keep this file private (0600)
                    # and in every backup of DAFTAR_HOME: the database accepts password logins only.
                    # superuser: administration (psql, backups); owner: owns the tables, runs migrations;
                    # app: what the server connects as (rows only, no DDL).
                    """);
            for (var entry : new String[][] {{"superuser", superuser.user(), superuser.password()},
                    {"owner", owner.user(), owner.password()}, {"app", app.user(), app.password()}}) {
                writer.write(entry[0] + ".user=" + entry[1] + "\n" + entry[0] + ".password=" + entry[2] + "\n");
            }
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
