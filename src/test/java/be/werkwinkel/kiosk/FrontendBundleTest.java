package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed production bundle (src/main/bundles/prod.bundle) is what kiosks run without Node:
 * it must be built from exactly today's frontend/components, hold one build only and no React
 * (decision 002). A change to a component without a rebuilt bundle fails here, with the way to
 * fix it.
 */
class FrontendBundleTest {

    private static final Path BUNDLE = Path.of("src/main/bundles/prod.bundle");
    private static final Path COMPONENTS = Path.of("frontend/components");
    private static final String REBUILD = "rebuild it with Node 24 on the PATH (README, 'Prerequisites') and commit it";

    static JsonNode stats;
    static java.util.List<String> entries;

    @BeforeAll
    static void readBundle() throws IOException {
        try (var zip = new ZipFile(BUNDLE.toFile())) {
            entries = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            try (var in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
                stats = JsonMapper.builder().build().readTree(in);
            }
        }
    }

    @Test
    void the_bundle_was_built_from_todays_components() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (var files = Files.list(COMPONENTS)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                sources.put("components/" + file.getFileName(), sha256(Files.readAllBytes(file)));
            }
        }
        Map<String, String> built = new TreeMap<>();
        stats.get("frontendHashes").properties().forEach(entry -> {
            if (entry.getKey().startsWith("components/")) {
                built.put(entry.getKey(), entry.getValue().asString());
            }
        });

        assertThat(built).as("hashes of frontend/components in the bundle: " + REBUILD).isEqualTo(sources);
    }

    @Test
    void the_bundle_holds_one_build_and_no_react() {
        var entryPoints = entries.stream().filter(name -> name.matches("webapp/VAADIN/build/indexhtml-.*\\.js")).toList();
        assertThat(entryPoints).as("entry points (stale builds pile up when the bundle is not built clean)").hasSize(1);

        var dependencies = stats.get("packageJsonDependencies").propertyNames().stream().collect(Collectors.toSet());
        assertThat(dependencies).as("React and Hilla are switched off (reactEnable=false)")
                .noneMatch(name -> name.contains("react") || name.startsWith("@vaadin/hilla"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
