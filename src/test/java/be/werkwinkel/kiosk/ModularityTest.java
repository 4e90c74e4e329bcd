package be.werkwinkel.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is one feature that others may use only through its public API (the
 * types in its root package, or a named interface). Writes the module diagram to
 * target/spring-modulith-docs.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KioskApplication.class);

    @Test
    void features_only_use_each_others_public_api() {
        modules.verify();
    }

    @Test
    void the_module_diagram_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
