package org.daftar.repository.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.database.WalArchiving;

/**
 * Where things are in a Daftar home ({@code DAFTAR_HOME}), as far as backup and restore are concerned.
 *
 * @param home the home directory
 */
public record HomeLayout(Path home) {

    /** Sub-directories copied whole with the configuration: the signed audit checkpoints, optional config. */
    static final List<String> KEPT_DIRECTORIES = List.of("audit", "config");

    /** Top-level files that belong to a running process, not to the installation. */
    private static final Set<String> RUNTIME_FILES = Set.of("daftar.pid", ".daftar.lock");

    public HomeLayout {
        home = home.toAbsolutePath().normalize();
    }

    public Path postgres() {
        return home.resolve("postgres");
    }

    public Path walArchive() {
        return WalArchiving.directory(postgres());
    }

    public Path content() {
        return home.resolve("content");
    }

    public Path credentials() {
        return home.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE);
    }

    /**
     * The configuration kept with a backup, relative to the home: top-level files (generated logins and passwords,
     * settings) other than logs and pid files, and the whole of {@link #KEPT_DIRECTORIES}.
     */
    List<Path> configurationFiles() throws IOException {
        try (Stream<Path> top = Files.list(home)) {
            List<Path> files = new java.util.ArrayList<>(top.filter(Files::isRegularFile)
                    .filter(p -> !RUNTIME_FILES.contains(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().endsWith(".log"))
                    .filter(p -> !p.getFileName().toString().matches(".*\\.log\\.[0-9]+"))
                    .map(home::relativize).toList());
            for (String kept : KEPT_DIRECTORIES) {
                Path directory = home.resolve(kept);
                if (Files.isDirectory(directory)) {
                    try (Stream<Path> tree = Files.walk(directory)) {
                        tree.filter(Files::isRegularFile).map(home::relativize).forEach(files::add);
                    }
                }
            }
            files.sort(null);
            return files;
        }
    }
}
