package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.Fields;

/** Real-world-shaped exports of other cancers (Synthea): they import quickly, keep labs and never become MDS. */
class SyntheaExportsTest {
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();

    @BeforeAll
    static void warmUp() throws IOException {
        IMPORTER.importFacts("warm-up", exports().findFirst().orElseThrow());
    }

    static Stream<Path> exports() throws IOException {
        Path dir = Path.of(System.getProperty("recordpath.corpus"), "external", "synthea-r4");
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void anotherCancerImportsQuicklyWithLabsAndWithoutMds(Path export) {
        long started = System.nanoTime();
        List<Fact> facts = IMPORTER.importFacts(export.getFileName().toString(), export);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("import time in ms").isLessThan(5_000);
        assertThat(facts)
                .filteredOn(f -> f.field().equals(Fields.DISEASE))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.value().display()).isEqualTo("other"));
        assertThat(facts).filteredOn(f -> f.field().equals(Fields.WHO2022)).isEmpty();
        assertThat(facts).anySatisfy(f -> assertThat(f.field()).isIn("labs.hemoglobin", "labs.platelets"));
        assertThat(facts).filteredOn(f -> f.field().startsWith("labs.")).allSatisfy(f -> {
            assertThat(f.asOf()).isNotNull();
            assertThat(f.provenance().text()).startsWith("Observation/");
        });
        assertThat(facts).filteredOn(f -> f.field().equals(Fields.TREATMENT)).isEmpty();
        assertThat(facts).anySatisfy(f -> assertThat(f.field()).isEqualTo(Fields.AGE));
    }
}
