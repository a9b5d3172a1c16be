package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules of the service depend on each other only through their top-level API and never in a cycle. */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(IntakeApplication.class);

    @Test
    void featureModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
        assertThat(modules.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder(
                        "accounts", "audit", "patients", "documents", "processing", "guidance", "web", "demo");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml"))
                .isRegularFile();
    }
}
