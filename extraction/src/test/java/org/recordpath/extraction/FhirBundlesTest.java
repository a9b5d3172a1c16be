package org.recordpath.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;

/** The one factory of the pipeline that the service and the CLI both call (#12). */
class FhirBundlesTest {
    @TempDir
    Path dir;

    /** The importer's own refusal (fhir-mappings' FhirImportException in the service and the CLI). */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    @Test
    void aFhirBundleGoesToTheImporterAndItsRefusalMakesTheDocumentUnreadableWithItsReason() throws Exception {
        Path bundle =
                Files.writeString(dir.resolve("export.json"), "{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");
        Fact age = new Fact(
                "demographics.sex",
                new FactValue.Text("F"),
                null,
                new Provenance("export.json", 1, null, null, "Patient/1 gender", ReadMethod.FHIR, 1.0),
                1.0,
                Context.AFFIRMED);
        RecordExtractor imports = RecordExtractor.withFhirBundles((id, file) -> List.of(age), Refused.class);
        RecordExtractor refuses = RecordExtractor.withFhirBundles(
                (id, file) -> {
                    throw new Refused("this bundle has no Patient");
                },
                Refused.class);
        RecordExtractor breaks = RecordExtractor.withFhirBundles(
                (id, file) -> {
                    throw new IllegalStateException("a bug");
                },
                Refused.class);

        DocumentExtraction read = imports.read(SourceDocument.of(bundle), ProgressListener.NONE);

        assertThat(read.kind()).isEqualTo(DocumentKind.FHIR_JSON);
        assertThat(read.facts()).containsExactly(age);
        assertThatThrownBy(() -> refuses.read(SourceDocument.of(bundle), ProgressListener.NONE))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("this bundle has no Patient");
        assertThatThrownBy(() -> breaks.read(SourceDocument.of(bundle), ProgressListener.NONE))
                .isInstanceOf(IllegalStateException.class);
    }
}
