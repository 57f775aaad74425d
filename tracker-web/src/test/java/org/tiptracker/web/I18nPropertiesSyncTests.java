package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every string the user sees is a message key present in both languages: templates hold no
 * literal text, the two bundles hold the same keys, and every key named in the code exists.
 */
class I18nPropertiesSyncTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:DomainException|NotFoundException|ConflictException|getMessage|reject|addFlashAttribute\\(\"[a-z]+\", messages\\.getMessage)\\(\\s*\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9-]+)+)\"");
    private static final Pattern RULE_KEY = Pattern.compile("\"((?:treaty\\.rule|report|cycle|account|measures|document|wg|agency|activity|icat|trustfund|globalreport|awareness)\\.[a-zA-Z-]+(?:\\.[a-zA-Z-]+)*)\"");
    private static final Pattern KEY_IN_ANNOTATION = Pattern.compile("message = \"\\{([a-zA-Z0-9_.-]+)}\"");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");
    private static final Set<String> DYNAMIC = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors", "sec:authentication");

    /** The bundles named in spring.messages.basename, each an English file and an Arabic one. */
    static List<String> basenames() throws IOException {
        Properties application = load("application.properties");
        return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(basenames()).contains("messages");
        Set<String> all = new TreeSet<>();
        for (String basename : basenames()) {
            Properties english = load(basename + ".properties");
            Properties arabic = load(basename + "_ar.properties");
            assertThat(new TreeSet<>(arabic.stringPropertyNames())).as(basename)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : arabic.stringPropertyNames()) {
                assertThat(arabic.getProperty(key)).as(key).isNotBlank();
                assertThat(all.add(key)).as("key %s defined in more than one bundle", key).isTrue();
            }
        }
    }

    /** Every English message of every bundle. */
    static Properties english() throws IOException {
        Properties all = new Properties();
        for (String basename : basenames()) {
            all.putAll(load(basename + ".properties"));
        }
        return all;
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                for (Node child : element.childNodes()) {
                    if (child instanceof TextNode text && !text.isBlank() && hasLetters(text.text())
                            && !shownDynamically(element)) {
                        problems.add(template.getFileName() + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasLetters(element.attr(attribute))
                            && !"hidden".equals(element.attr("type")) && !element.tagName().equals("option")) {
                        problems.add(template.getFileName() + ": attribute " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Properties english = english();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            collect(KEY_IN_TEMPLATE, Files.readString(template), english, missing);
        }
        try (Stream<Path> sources = Stream.of(Path.of("src/main/java"), Path.of("../tracker-persistence/src/main/java"),
                Path.of("../tracker-domain/src/main/java")).filter(Files::isDirectory).flatMap(I18nPropertiesSyncTests::walk)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(KEY_IN_CODE, code, english, missing);
                collect(KEY_IN_ANNOTATION, code, english, missing);
                collect(RULE_KEY, code, english, missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(Pattern pattern, String text, Properties bundle, Set<String> missing) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!bundle.containsKey(matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
    }

    private static boolean shownDynamically(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : DYNAMIC) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every operation the audit trail may hold (the newest check constraint in the migrations) has a label. */
    @Test
    void everyAuditOperationHasALabel() throws IOException {
        Pattern check = Pattern.compile("ck_audit_entry_operation check \\(operation in \\(([^)]*)\\)", Pattern.DOTALL);
        List<String> operations = List.of();
        try (Stream<Path> migrations = Files.list(Path.of("../db/migration"))) {
            for (Path migration : migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparing(
                    p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList()) {
                Matcher matcher = check.matcher(Files.readString(migration));
                while (matcher.find()) {
                    operations = List.of(matcher.group(1).replaceAll("[\\s']", "").split(","));
                }
            }
        }
        assertThat(operations).contains("CREATE", "SUBMIT", "PASSWORD");
        Properties english = english();
        assertThat(operations).allSatisfy(op -> assertThat(english).containsKey("audit.operation." + op));
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
