package org.daftar.search.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Daftar's Solr configset as shipped in this module's resources ({@code configsets/daftar/conf}). */
public final class Configset {

    /** The configset's name in ZooKeeper. */
    public static final String NAME = "daftar";

    private static final String ROOT = "/org/daftar/search/configsets/daftar/conf/";
    private static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

    private Configset() {
    }

    /** Writes the configset's files into {@code confDirectory}, replacing older copies. */
    public static void copyTo(Path confDirectory) {
        try {
            Files.createDirectories(confDirectory);
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Files.copy(in, confDirectory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Solr configset to " + confDirectory, e);
        }
    }

    /** Writes the node configuration {@code solr.xml} of an embedded Solr home, replacing an older copy. */
    public static void writeSolrXml(Path solrHome) {
        try (InputStream in = Configset.class.getResourceAsStream("/org/daftar/search/configsets/solr.xml")) {
            if (in == null) {
                throw new IllegalStateException("solr.xml is missing from the classpath");
            }
            Files.createDirectories(solrHome);
            Files.copy(in, solrHome.resolve("solr.xml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write solr.xml to " + solrHome, e);
        }
    }

    /** Writes the configset as the zip that Solr's configset upload API takes. */
    public static void zipTo(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : FILES) {
                zip.putNextEntry(new ZipEntry(file));
                try (InputStream in = open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static InputStream open(String file) {
        InputStream in = Configset.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("Configset file " + ROOT + file + " is missing from the classpath");
        }
        return in;
    }
}
