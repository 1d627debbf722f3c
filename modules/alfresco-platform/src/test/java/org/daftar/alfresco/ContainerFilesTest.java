package org.daftar.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The files under docker/, checked without a Docker engine (there is none on the build machines): the compose
 * files parse, every file they and the Dockerfiles refer to exists (or is the build output of a module that
 * produces exactly that file), services, volumes and ports are consistent, and the server's port is the same in
 * the Dockerfile, its health check and the load balancer.
 */
@SuppressWarnings("unchecked") // compose files are untyped YAML maps
class ContainerFilesTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Path DOCKER = REPO.resolve("docker");
    private static final List<String> COMPOSE_FILES = List.of("compose.yml", "compose-alfresco.yml");
    private static final Pattern HOST_PORT = Pattern.compile("//([\\w.-]+):(\\d+)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void everyServiceHasAPinnedImageAndBuiltImagesAreOurs(String composeFile) {
        services(composeFile).forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image).as("%s image", name).isNotBlank();
            assertThat(tag(image)).as("%s image %s is pinned", name, image).isNotEmpty().isNotEqualTo("latest");
            if (service.containsKey("build")) {
                assertThat(image).as("%s builds one of our images", name).startsWith("daftar/");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void everyBuildContextDockerfileAndBaseImageIsThereAndPinned(String composeFile) {
        builds(composeFile).forEach((name, dockerfile) -> {
            assertThat(dockerfile.file()).as(name).isRegularFile();
            String base = dockerfile.baseImage();
            assertThat(tag(base)).as("%s base image %s is pinned", name, base).isNotEmpty().isNotEqualTo("latest");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void everyCopySourceExistsOrIsWhatItsModuleBuilds(String composeFile) {
        builds(composeFile).forEach((name, dockerfile) -> {
            Path context = contexts(composeFile).get(name);
            for (String source : dockerfile.copySources()) {
                int target = source.indexOf("/target/");
                if (target < 0) {
                    assertThat(context.resolve(source)).as("%s copies %s", name, source).exists();
                    continue;
                }
                // A build output: the module must exist and name its artefact exactly so (finalName).
                Path module = context.resolve(source.substring(0, target));
                String file = source.substring(target + "/target/".length());
                assertThat(module.resolve("pom.xml")).as("%s copies %s", name, source).isRegularFile();
                assertThat(read(module.resolve("pom.xml")))
                        .as("%s: %s builds %s", name, module, file)
                        .contains("<finalName>" + file.substring(0, file.lastIndexOf('.')) + "</finalName>");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void theDockerignoreOfEachImageLetsItsCopySourcesThrough(String composeFile) {
        builds(composeFile).forEach((name, dockerfile) -> {
            List<String> rules = dockerfile.ignoreRules();
            // Each context is the whole repository, so every Dockerfile must shut everything else out.
            assertThat(rules).as(name).startsWith("*");
            assertThat(rules).as(name).containsAll(dockerfile.copySources().stream().map(s -> "!" + s).toList());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void mountedFilesExistAndNamedVolumesAreDeclared(String composeFile) {
        Map<String, Object> compose = load(composeFile);
        Set<String> declared = ((Map<String, ?>) compose.getOrDefault("volumes", Map.of())).keySet();
        services(composeFile).forEach((name, service) -> {
            for (Object volume : (List<?>) service.getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(DOCKER.resolve(source)).as("%s mounts %s", name, source).exists();
                } else {
                    assertThat(declared).as("%s uses volume %s", name, source).contains(source);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compose.yml", "compose-alfresco.yml"})
    void servicesDependOnlyOnServicesOfTheirStack(String composeFile) {
        Map<String, Map<String, Object>> services = services(composeFile);
        services.forEach((name, service) -> {
            Object dependsOn = service.getOrDefault("depends_on", List.of());
            Collection<?> names = dependsOn instanceof Map<?, ?> map ? map.keySet() : (Collection<?>) dependsOn;
            assertThat(services.keySet()).as("%s depends on", name).containsAll(names.stream().map(String::valueOf).toList());
        });
    }

    @Test
    void publishedPortsAreUniqueSoBothStacksCanRunOnOneMachine() {
        List<String> hostPorts = new ArrayList<>();
        for (String composeFile : COMPOSE_FILES) {
            services(composeFile).values().forEach(s -> ports(s).forEach(p -> hostPorts.add(p[0])));
        }
        assertThat(hostPorts).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void theServerPortIsTheSameInDockerfileHealthCheckAndLoadBalancer() {
        DockerfileInstructions server = DockerfileInstructions.read(DOCKER.resolve("Dockerfile"));
        assertThat(server.exposedPorts()).containsExactly("8080");
        String port = server.exposedPorts().getFirst();
        assertThat(server.all("HEALTHCHECK").getFirst().arguments())
                .contains("http://localhost:" + port + "/actuator/health");

        String nginx = read(DOCKER.resolve("nginx/daftar.conf"));
        Map<String, Map<String, Object>> services = services("compose.yml");
        List<String> upstream = matches(Pattern.compile("server ([\\w.-]+):(\\d+)"), nginx);
        assertThat(upstream).containsExactlyInAnyOrder("daftar-1:" + port, "daftar-2:" + port);
        upstream.forEach(u -> assertThat(builds("compose.yml").get(u.split(":")[0]).file())
                .as(u).isEqualTo(DOCKER.resolve("Dockerfile")));

        String listen = matches(Pattern.compile("listen (\\d+);"), nginx).getFirst();
        Map<String, Object> lb = services.get("lb");
        assertThat(ports(lb)).extracting(p -> p[1]).containsExactly(listen);
        assertThat(lb.get("volumes").toString()).contains("./nginx/daftar.conf:/etc/nginx/conf.d/default.conf");
    }

    @Test
    void theDaftarNodesShareOneContentVolumeAndReachPostgresAndSolrCloudOfTheirStack() {
        Map<String, Map<String, Object>> services = services("compose.yml");
        List<Map<String, Object>> nodes = services.entrySet().stream()
                .filter(e -> e.getKey().startsWith("daftar-")).map(Map.Entry::getValue).toList();
        assertThat(nodes).hasSize(2);
        for (Map<String, Object> node : nodes) {
            Map<String, Object> env = (Map<String, Object>) node.get("environment");
            assertThat(env).containsKeys("DAFTAR_HOME", "DAFTAR_DB_URL", "DAFTAR_DB_USER", "DAFTAR_DB_PASSWORD",
                    "DAFTAR_SOLR_ZK_HOST");
            assertThat(node.get("volumes")).isEqualTo(List.of("content:" + env.get("DAFTAR_HOME")));
            assertThat(hostOf("//" + String.valueOf(env.get("DAFTAR_DB_URL")).replaceFirst(".*://", "")))
                    .isEqualTo("postgres");
            assertThat(services).containsKeys("postgres", env.get("DAFTAR_SOLR_ZK_HOST").toString().split(":")[0]);
        }
        List<String> solrNodes = services.entrySet().stream()
                // our Solr image: the official one plus daftar-search.jar (docker/solr/Dockerfile)
                .filter(e -> e.getValue().get("image").toString().startsWith("daftar/solr:"))
                .map(Map.Entry::getKey).toList();
        assertThat(solrNodes).hasSize(2).allSatisfy(solr -> assertThat(
                ((Map<?, ?>) services.get(solr).get("environment")).get("ZK_HOST")).isEqualTo("zookeeper:2181"));
    }

    @Test
    void theServerImageCarriesTesseractForHindiAndEnglishAndTheDocumentedDataDirectory() {
        DockerfileInstructions server = DockerfileInstructions.read(DOCKER.resolve("Dockerfile"));
        String run = server.all("RUN").getFirst().arguments();
        assertThat(run).contains("tesseract-ocr", "tesseract-ocr-hin", "tesseract-ocr-eng");
        assertThat(server.baseImage()).startsWith("eclipse-temurin:21-jre");
        assertThat(server.all("ENV").getFirst().arguments()).contains("DAFTAR_HOME=/var/lib/daftar");
        assertThat(server.all("VOLUME").getFirst().arguments()).isEqualTo("/var/lib/daftar");
    }

    @Test
    void theAlfrescoOverlaysShareOneReleaseAndTheirServicesReachEachOther() {
        Map<String, Map<String, Object>> services = services("compose-alfresco.yml");
        Map<String, DockerfileInstructions> builds = builds("compose-alfresco.yml");
        assertThat(builds.keySet()).containsExactlyInAnyOrder("alfresco", "share");
        List<String> releases = List.of(
                builds.get("alfresco").argDefaults().get("ALFRESCO_VERSION"),
                builds.get("share").argDefaults().get("ALFRESCO_VERSION"),
                buildArg(services.get("alfresco"), "ALFRESCO_VERSION"),
                buildArg(services.get("share"), "ALFRESCO_VERSION"));
        // Share and the repository must come from the same Alfresco release.
        assertThat(releases).containsOnly(releases.getFirst());

        Map<?, ?> share = (Map<?, ?>) services.get("share").get("environment");
        assertThat(share.get("REPO_HOST")).isEqualTo("alfresco");
        assertThat(share.get("REPO_PORT")).isEqualTo(ports(services.get("alfresco")).getFirst()[1]);

        String javaOpts = ((Map<?, ?>) services.get("alfresco").get("environment")).get("JAVA_OPTS").toString();
        List<String> reached = new ArrayList<>(matches(HOST_PORT, javaOpts).stream().map(h -> h.split(":")[0]).toList());
        reached.addAll(matches(Pattern.compile("-Dsolr\\.host=([\\w.-]+)"), javaOpts));
        assertThat(reached).contains("postgres", "activemq", "transform-core-aio", "solr6");
        assertThat(services.keySet()).containsAll(reached);
        assertThat(((Map<?, ?>) services.get("solr6").get("environment")).get("SOLR_ALFRESCO_HOST")).isEqualTo("alfresco");
    }

    @Test
    void theRepositoryOverlayAppliesTheAmpAndTheShareOverlayAddsTheJar() {
        DockerfileInstructions repository = DockerfileInstructions.read(DOCKER.resolve("alfresco/Dockerfile"));
        assertThat(repository.copySources()).containsExactly("modules/alfresco-platform/target/daftar-alfresco-platform.amp");
        assertThat(repository.all("RUN").getFirst().arguments()).contains("alfresco-mmt", "install");

        DockerfileInstructions share = DockerfileInstructions.read(DOCKER.resolve("share/Dockerfile"));
        assertThat(share.copySources()).containsExactly("share-extension/target/daftar-share-extension.jar");
        assertThat(share.all("COPY").getFirst().arguments()).endsWith("/webapps/share/WEB-INF/lib/");
    }

    // --- reading the files

    private static final Map<String, Map<String, Object>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, Object> load(String composeFile) {
        return LOADED.computeIfAbsent(composeFile, ContainerFilesTest::parse);
    }

    private static Map<String, Object> parse(String composeFile) {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve(composeFile))) {
            Map<String, Object> compose = new Yaml().load(reader);
            assertThat(compose).as(composeFile).containsKey("services");
            return compose;
        } catch (IOException e) {
            throw new AssertionError(composeFile + " cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String composeFile) {
        return (Map<String, Map<String, Object>>) load(composeFile).get("services");
    }

    /** Build contexts by service, resolved against the compose file's folder as Compose does. */
    private static Map<String, Path> contexts(String composeFile) {
        Map<String, Path> contexts = new LinkedHashMap<>();
        services(composeFile).forEach((name, service) -> {
            if (service.get("build") instanceof Map<?, ?> build) {
                contexts.put(name, DOCKER.resolve(build.get("context").toString()).normalize());
            }
        });
        return contexts;
    }

    private static Map<String, DockerfileInstructions> builds(String composeFile) {
        Map<String, DockerfileInstructions> builds = new LinkedHashMap<>();
        services(composeFile).forEach((name, service) -> {
            if (service.get("build") instanceof Map<?, ?> build) {
                Path context = contexts(composeFile).get(name);
                assertThat(context).as("%s build context", name).isDirectory();
                Path dockerfile = context.resolve(String.valueOf(build.get("dockerfile"))).normalize();
                assertThat(dockerfile).as("%s dockerfile", name).isRegularFile();
                builds.put(name, DockerfileInstructions.read(dockerfile));
            }
        });
        return builds;
    }

    private static String buildArg(Map<String, Object> service, String name) {
        return String.valueOf(((Map<?, ?>) ((Map<?, ?>) service.get("build")).get("args")).get(name));
    }

    /** Published ports as [host, container]. */
    private static List<String[]> ports(Map<String, Object> service) {
        return ((List<?>) service.getOrDefault("ports", List.of())).stream()
                .map(p -> {
                    String[] parts = p.toString().split(":");
                    return new String[] {parts[parts.length - 2], parts[parts.length - 1]};
                })
                .toList();
    }

    private static String tag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        return colon < 0 ? "" : image.substring(colon + 1);
    }

    private static String hostOf(String url) {
        Matcher matcher = HOST_PORT.matcher(url);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results()
                .map(r -> r.groupCount() == 2 ? r.group(1) + ":" + r.group(2) : r.group(1))
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
    }
}
