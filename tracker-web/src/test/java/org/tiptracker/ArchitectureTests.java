package org.tiptracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/**
 * The modules' boundaries, as docs/architecture.md draws them: the domain is plain Java (no
 * Spring, no Jakarta Persistence, no Hibernate, nothing of the other modules); persistence never
 * reaches into the web; the web talks to services through records and never touches an entity or
 * a repository; the packages form no cycle; and a feature's web package uses another feature only
 * through its services, never through that feature's web classes. The classes are read from each
 * module's own output, so that a class is judged by the module it is in, not by its package name.
 */
class ArchitectureTests {

    private static final DescribedPredicate<JavaClass> ENTITY = DescribedPredicate.describe("an entity",
            c -> c.isAnnotatedWith("jakarta.persistence.Entity") || c.isAnnotatedWith("jakarta.persistence.Embeddable"));
    private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe("a repository",
            c -> c.isAssignableTo("org.springframework.data.repository.Repository"));

    private static JavaClasses classesOf(Class<?> member) {
        try {
            Path root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
            if (Files.isDirectory(root)) {
                return importer.importPath(root);
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                return importer.importJar(jar);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final JavaClasses DOMAIN = classesOf(DomainException.class);
    private static final JavaClasses PERSISTENCE = classesOf(TreatyRegistry.class);
    private static final JavaClasses WEB = classesOf(TrackerApplication.class);

    private static DescribedPredicate<JavaClass> in(JavaClasses module, String name) {
        Set<String> names = module.stream().map(JavaClass::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("in the " + name + " module", c -> names.contains(c.getName()));
    }

    @Test
    void theModulesAreWhereTheyShouldBe() {
        // The test reads three separate outputs; a wrong one would make every rule below pass vacuously.
        assertThat(DOMAIN.contain("org.tiptracker.treaty.TreatyRules")).isTrue();
        assertThat(DOMAIN.contain("org.tiptracker.treaty.persistence.TreatyRegistry")).isFalse();
        assertThat(PERSISTENCE.contain("org.tiptracker.treaty.persistence.TreatyRegistry")).isTrue();
        assertThat(WEB.contain("org.tiptracker.treaty.web.StatusController")).isTrue();
        assertThat(WEB.contain("org.tiptracker.treaty.TreatyRules")).isFalse();
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "jakarta.servlet..", "org.thymeleaf..")
                .orShould().dependOnClassesThat(in(PERSISTENCE, "persistence"))
                .orShould().dependOnClassesThat(in(WEB, "web"))
                .check(DOMAIN);
    }

    @Test
    void persistenceNeverReachesIntoTheWeb() {
        noClasses().should().dependOnClassesThat(in(WEB, "web"))
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.thymeleaf..",
                        "org.springframework.web..", "org.springframework.ui..")
                .check(PERSISTENCE);
    }

    @Test
    void theWebTouchesNoEntityAndNoRepository() {
        noClasses().should().dependOnClassesThat(ENTITY).orShould().dependOnClassesThat(REPOSITORY).check(WEB);
    }

    private static String outerClass(String name) {
        String[] parts = name.split("\\.");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(part);
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return out.toString();
    }

    @Test
    void thePackagesFormNoCycle() {
        for (JavaClasses module : java.util.List.of(DOMAIN, PERSISTENCE, WEB)) {
            slices().matching("org.tiptracker.(*)..").should().beFreeOfCycles().check(module);
        }
    }

    /** The web module's shared packages: its frame (layout, forms, errors), sign-in, exports, the API and the demo data. */
    private static final Set<String> SHARED = Set.of("web", "security", "export", "api", "demo");

    @Test
    void aFeatureUsesAnotherOnlyThroughItsServices() {
        Set<String> crossings = new TreeSet<>();
        for (JavaClass type : WEB) {
            String feature = feature(type);
            if (feature == null) {
                continue;
            }
            type.getDirectDependenciesFromSelf().forEach(d -> {
                String other = feature(d.getTargetClass());
                if (other != null && !other.equals(feature) && WEB.contain(d.getTargetClass().getName())) {
                    crossings.add(outerClass(type.getName()) + " -> " + outerClass(d.getTargetClass().getName()).replaceFirst("\\$.*$", ""));
                }
            });
        }
        assertThat(crossings).as("a feature's web classes using another feature's web classes").isEmpty();
    }

    /** {@code treaty} for {@code org.tiptracker.treaty.web.StatusController}; null for the shared packages and the root. */
    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length < 3 || !"org".equals(parts[0]) || !"tiptracker".equals(parts[1]) || SHARED.contains(parts[2])) {
            return null;
        }
        return parts[2];
    }
}
