package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the three languages honest: the same keys in Dutch, French and English, no key that no
 * code uses, and no user-facing text written straight into Java instead of the bundles.
 */
class I18nBundleTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Map<String, String> BUNDLES = Map.of(
            "nl", "i18n/messages.properties",
            "fr", "i18n/messages_fr.properties",
            "en", "i18n/messages_en.properties");

    /** Calls that put text in front of a visitor; their first argument must not be a literal. */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(setText|setHeaderTitle|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTitle|setAriaLabel"
                    + "|Notification\\.show|new (Span|Paragraph|H1|H2|H3|H4|Button|NativeLabel|ListItem|Anchor|Details))"
                    + "\\(\\s*\"[^\"]*\\p{L}[^\"]*\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Map<String, Properties> bundles;
    static Set<String> literals;
    static List<Path> sources;
    static Set<String> words;

    @BeforeAll
    static void load() throws IOException {
        bundles = BUNDLES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> read(entry.getValue())));
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            sources = files.filter(path -> path.toString().endsWith(".java")).toList();
        }
        literals = new TreeSet<>();
        words = new TreeSet<>();
        for (var source : sources) {
            var code = Files.readString(source);
            var matcher = LITERAL.matcher(code);
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
            words.addAll(List.of(code.split("[^A-Za-z0-9_]+")));
        }
    }

    private static Properties read(String resource) {
        var properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Test
    void every_language_has_exactly_the_dutch_keys() {
        var dutch = bundles.get("nl").stringPropertyNames();
        assertThat(dutch).isNotEmpty();
        for (var language : List.of("fr", "en")) {
            var keys = bundles.get(language).stringPropertyNames();
            assertThat(difference(dutch, keys)).as("keys missing in %s", language).isEmpty();
            assertThat(difference(keys, dutch)).as("keys only in %s", language).isEmpty();
        }
    }

    @Test
    void no_translation_is_empty_or_uses_a_plain_apostrophe() {
        bundles.forEach((language, properties) -> properties.stringPropertyNames().forEach(key -> {
            var text = properties.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(text).as("%s in %s: write ’ instead of '", key, language).doesNotContain("'");
        }));
    }

    @Test
    void every_message_with_parameters_formats_in_every_language() {
        bundles.forEach((language, properties) -> properties.stringPropertyNames().forEach(key -> {
            var text = properties.getProperty(key);
            if (text.contains("{0")) {
                // numbers fit both plain {0} and {0,choice,…} parameters
                var formatted = new MessageFormat(text, Locale.of(language)).format(new Object[] {3, 4, 5, 6, 7});
                assertThat(formatted).as("%s in %s", key, language).doesNotContain("{0");
            }
        }));
    }

    @Test
    void every_key_is_used_by_the_code() {
        var unused = bundles.get("nl").stringPropertyNames().stream()
                .filter(key -> !used(key))
                .sorted()
                .toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void no_user_facing_text_is_written_in_java() throws IOException {
        var offenders = new ArrayList<String>();
        for (var source : sources) {
            var lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED_TEXT.matcher(lines.get(i)).find()) {
                    offenders.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void the_hard_coded_text_check_recognises_what_it_must_refuse() {
        assertThat(HARD_CODED_TEXT.matcher("title.setText(\"Welkom\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("add(new Span(\"Zoeken\"))").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("title.setText(getTranslation(\"home.title\"));").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("button.setId(\"top-stop\");").find()).isFalse();
    }

    /**
     * A key is used when it appears as a literal; or when its parent appears as a literal and its
     * last part as a literal suffix ({@code tile.key() + ".title"}); or when its parent with a dot
     * appears as a literal and its last part is a word of the code, such as an enum constant
     * ({@code "vacancy.contract." + contract.name()}).
     */
    private static boolean used(String key) {
        if (literals.contains(key)) {
            return true;
        }
        var lastDot = key.lastIndexOf('.');
        if (lastDot <= 0) {
            return false;
        }
        var parent = key.substring(0, lastDot);
        var last = key.substring(lastDot + 1);
        return literals.contains(parent) && literals.contains("." + last)
                || literals.contains(parent + ".") && words.contains(last);
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        var result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
