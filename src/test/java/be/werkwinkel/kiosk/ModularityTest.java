package be.werkwinkel.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is one module that others may use only through its public API (the
 * types in its root package, or a named interface), and only the modules its package-info allows.
 * Writes the module diagram into docs/modules, so that a newcomer sees the map as it is.
 */
class ModularityTest {

    private static final ApplicationModules modules = ApplicationModules.of(KioskApplication.class);
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.werkwinkel.kiosk");

    @Test
    void features_only_use_each_others_public_api() {
        modules.verify();
    }

    /**
     * Screens talk to ports (DESIGN.md): a terminal serves the same screens from remote adapters,
     * so a screen that reached for a store, an index, JDBC or a repository would not run there.
     */
    @Test
    void screens_never_touch_stores_indexes_jdbc_or_repositories() {
        noClasses().that().areAssignableTo(Component.class)
                .or().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..store..", "..index..", "java.sql..", "javax.sql..", "jakarta.persistence..",
                        "org.springframework.jdbc..", "org.springframework.data..", "org.apache.lucene..")
                .because("screens use the ports of their module, so that a terminal can serve them without a database")
                .check(classes);
    }

    /**
     * Regenerates the diagrams and copies into docs/modules those whose content changed. Modulith
     * writes the relations in no fixed order, so files are compared as sets of lines: a run that
     * changes nothing leaves the working tree clean.
     */
    @Test
    void the_module_diagram_is_written_into_the_docs() throws IOException {
        var generated = Path.of("target", "spring-modulith-docs");
        var docs = Path.of("docs", "modules");
        var options = Documenter.Options.defaults().withOutputFolder(generated.toString());
        new Documenter(modules, options).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(docs);
        try (var files = Files.list(generated)) {
            for (var file : files.toList()) {
                var committed = docs.resolve(file.getFileName());
                if (!Files.exists(committed) || !lines(committed).equals(lines(file))) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).content().contains("Vacancy", "Kiosk", "Reference");
    }

    private static Set<String> lines(Path file) throws IOException {
        return new TreeSet<>(Files.readAllLines(file));
    }
}
