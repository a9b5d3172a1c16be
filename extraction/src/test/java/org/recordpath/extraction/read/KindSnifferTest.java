package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;

class KindSnifferTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            %PDF-1.7\\n%âãÏÓ                                                  | PDF
            \\n\\n%PDF-1.4                                                     | PDF
            \\x89PNG\\r\\n\\x1a\\n\\0\\0\\0\\rIHDR                             | PNG
            \\xff\\xd8\\xff\\xe0\\0\\x10JFIF                                   | JPEG
            II*\\0\\x08\\0\\0\\0                                               | TIFF
            MM\\0*\\0\\0\\0\\x08                                               | TIFF
            {"resourceType": "Bundle", "type": "collection"}                  | FHIR_JSON
            \\xef\\xbb\\xbf  {\\n  "resourceType":"Patient"}                   | FHIR_JSON
            {"name": "not fhir"}                                              | TEXT
            <?xml version="1.0"?><Bundle xmlns="http://hl7.org/fhir"><id/>   | FHIR_XML
            <!-- export --><Patient xmlns='http://hl7.org/fhir'/>            | FHIR_XML
            Hemoglobin 9.1 g/dL\\nPlatelets 85 K/uL                          | TEXT
            Hämoglobin 9,1 g/dl — Thrombozyten                                | TEXT
            \\0\\x01\\x02\\x03binary                                           | UNKNOWN
            PK\\x03\\x04\\x14\\0zip                                            | UNKNOWN
            \\xc3\\x28 invalid utf-8                                           | UNKNOWN
            """)
    void tellsKindFromFirstBytes(String escaped, DocumentKind expected) throws Exception {
        assertThat(KindSniffer.sniff("doc", bytes(escaped))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <!DOCTYPE html><html><body>invoice</body></html>           | web page (HTML)
            <html><head><title>x</title></head></html>                  | web page (HTML)
            \\n  <script>alert(1)</script>                              | web page (HTML)
            <?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"> | web page (HTML)
            #!/bin/sh\\nrm -rf /                                        | script
            <?xml version="1.0"?><invoice><total>3</total></invoice>     | not a FHIR document
            \\n\\n   \\t                                                | holds no text
            """)
    void refusesWebPagesScriptsAndOtherXmlWithAReason(String escaped, String reason) {
        assertThatThrownBy(() -> KindSniffer.sniff("doc", bytes(escaped)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void htmlNamedPdfIsRefusedByContentNotName() throws Exception {
        Path file = Files.writeString(dir.resolve("report.pdf"), "<html><body>%PDF-1.4 fake</body></html>");
        assertThatThrownBy(() -> new DocumentReader().sniff(SourceDocument.of(file)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("web page (HTML)");
    }

    @Test
    void pngNamedPdfIsSniffedAsPng() throws Exception {
        Path file = Files.write(dir.resolve("scan.pdf"), bytes("\\x89PNG\\r\\n\\x1a\\n\\0\\0\\0\\rIHDR"));
        assertThat(new DocumentReader().sniff(SourceDocument.of(file))).isEqualTo(DocumentKind.PNG);
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.pdf"));
        assertThatThrownBy(() -> new DocumentReader().sniff(SourceDocument.of(file)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("this file is empty");
    }

    @Test
    void unknownKindIsRefusedWhenReadWithPlainMessage() throws Exception {
        Path file = Files.write(dir.resolve("a.bin"), bytes("PK\\x03\\x04"));
        DocumentReader reader = new DocumentReader();
        SourceDocument doc = SourceDocument.of(file);
        assertThatThrownBy(() -> reader.read(doc, reader.sniff(doc), (p, n) -> {}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("this file is not a PDF, image, text or FHIR document");
    }

    @Test
    void longTextCutInsideACharacterIsStillText() {
        byte[] head = new byte[64 * 1024];
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < head.length; i++) {
            head[i] = euro[i % 3];
        }
        assertThat(KindSniffer.asText(head)).startsWith("€€€");
    }

    /** Decodes \\n, \\r, \\t, \\0 and \\xNN escapes; other characters become their UTF-8 bytes. */
    private static byte[] bytes(String escaped) {
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = escaped.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case 'x' -> {
                    out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.write(e);
            }
        }
        return out.toByteArray();
    }
}
