package org.daftar.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository's boundary sealed, so that its read and write rules cannot be bypassed: no module but the
 * repository names the repository's tables in its code, nobody asks the repository for its JDBC, and the surfaces a
 * person reaches (REST, web pages, CMIS) hold the guarded {@code NodeService}, never the unchecked {@code NodeStore}.
 * The benchmark harness is exempt: it measures the repository against bare SQL baselines on purpose.
 */
class RepositoryBoundaryTest {

    /** The repository's tables, as SQL names them after a keyword that reads or writes a table. */
    static final Pattern REPOSITORY_TABLE = Pattern.compile(
            "(?i)\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+(node|node_version|audit_event|app_user|content_blob|page_text)\\b");

    static final Pattern REPOSITORY_JDBC = Pattern.compile("\\.jdbc\\(\\)");

    static final Pattern UNCHECKED_STORE = Pattern.compile("\\bNodeStore\\b");

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noModuleButTheRepositoryNamesTheRepositorysTables() {
        assertThat(violations(REPOSITORY_TABLE, "repository", "bench")).isEmpty();
    }

    @Test
    void nobodyTakesTheRepositorysJdbc() {
        assertThat(violations(REPOSITORY_JDBC, "repository", "bench")).isEmpty();
    }

    @Test
    void surfacesUseTheGuardedNodeServiceNeverTheStore() {
        List<String> found = new ArrayList<>();
        for (String surface : List.of("server/src/main/java/org/daftar/server/api", "server/src/main/java/org/daftar/server/web",
                "server/src/main/java/org/daftar/server/eoffice", "cmis/src/main/java")) {
            found.addAll(scan(MODULES.resolve(surface), UNCHECKED_STORE));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsATableNamedInSql() {
        // The rule itself must bite: a statement reading the node table from another module is caught.
        assertThat(REPOSITORY_TABLE.matcher("jdbc.sql(\"SELECT id FROM node WHERE parent_id = ?\")").find()).isTrue();
        assertThat(REPOSITORY_TABLE.matcher("\"\"\"\n  SELECT * FROM audit_event\n\"\"\"").find()).isTrue();
        assertThat(REPOSITORY_TABLE.matcher("SELECT * FROM eo_item WHERE node_id = ?").find()).isFalse();
        assertThat(MODULES.resolve("repository/src/main/java")).isDirectory();
    }

    private static List<String> violations(Pattern pattern, String... exempt) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                if (List.of(exempt).contains(module.getFileName().toString())) {
                    continue;
                }
                found.addAll(scan(module.resolve("src/main/java"), pattern));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> scan(Path root, Pattern pattern) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(MODULES.relativize(file) + ":" + line + ": " + m.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
