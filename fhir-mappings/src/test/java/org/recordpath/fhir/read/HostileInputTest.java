package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Unsafe or wrong input is refused with a plain message that names the document and not its content. */
class HostileInputTest {
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesXmlBundleCarryingAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Bundle [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
                <entry><resource><Patient xmlns="http://hl7.org/fhir"><id value="p1"/>
                <name><family value="&secret;"/></name></Patient></resource></entry></Bundle>
                """;
        assertThatThrownBy(() -> IMPORTER.importFacts("doc-xxe", bytes(xxe), FhirFormat.XML))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageContaining("doc-xxe")
                .hasMessageNotContaining("passwd");
    }

    @Test
    void refusesJsonNestedThousandsOfLevels() {
        String deep = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"x\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> IMPORTER.importFacts("doc-deep", bytes(deep), FhirFormat.JSON))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("nested deeper than the limit");
    }

    @Test
    void refusesAResourceThatIsNotABundle() {
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}";
        assertThatThrownBy(() -> IMPORTER.importFacts("doc-patient", bytes(patient), FhirFormat.JSON))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("expected a FHIR Bundle but the document is a Patient resource");
    }

    @Test
    void refusesInputLargerThanTheLimit() {
        FhirBundleImporter small = FhirBundleImporter.create(new ImportLimits(100, 50));
        String big = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"id\":\"" + "a".repeat(200) + "\"}";
        assertThatThrownBy(() -> small.importFacts("doc-big", bytes(big), FhirFormat.JSON))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void refusesTextThatIsNotFhir() {
        assertThatThrownBy(() -> IMPORTER.importFacts("doc-text", bytes("hello"), FhirFormat.JSON))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("neither FHIR JSON nor FHIR XML");
        assertThatThrownBy(() ->
                        IMPORTER.importFacts("doc-json", bytes("{\"resourceType\":\"Nonsense\"}"), FhirFormat.JSON))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("not a readable FHIR JSON resource");
    }

    @Test
    void readsAPlainXmlBundle() {
        String xml = """
                <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/><timestamp value="2026-01-10T10:00:00Z"/>
                <entry><resource><Patient><id value="p1"/><gender value="female"/><birthDate value="1950-01-11"/>
                </Patient></resource></entry></Bundle>
                """;
        assertThat(IMPORTER.importFacts("doc-xml", bytes(xml), FhirFormat.XML))
                .extracting(f -> f.field() + "=" + f.value().display())
                .containsExactlyInAnyOrder("demographics.sex=F", "demographics.age=75 a");
    }

    @Test
    void acceptsXmlWithPredefinedEntitiesAndCharacterReferences() {
        String xml = """
                <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/><timestamp value="2026-01-10"/>
                <entry><resource><Patient><id value="p1"/>
                <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">A &amp; B &lt; C &#233;</div></text>
                <gender value="male"/></Patient></resource></entry></Bundle>
                """;
        assertThat(IMPORTER.importFacts("doc-xml", bytes(xml), FhirFormat.XML))
                .extracting(f -> f.field() + "=" + f.value().display())
                .containsExactly("demographics.sex=M");
    }
}
