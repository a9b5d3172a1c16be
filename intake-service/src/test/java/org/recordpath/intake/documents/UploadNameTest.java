package org.recordpath.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadNameTest {
    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "report.pdf | report.pdf",
                "../../etc/passwd | passwd",
                "..\\..\\windows\\system.ini | system.ini",
                "/absolute/path/scan.pdf | scan.pdf",
                ".hidden | hidden",
                "a<b>c:d\"e?f*.pdf | a_b_c_d_e_f_.pdf",
                "../ | document",
                "'' | document",
                "Blutbild März.pdf | Blutbild März.pdf"
            })
    void namesLoseDirectoriesAndUnsafeCharacters(String raw, String expected) {
        assertThat(UploadName.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "control character U+{0} is removed")
    @CsvSource({"0000", "000A", "000D", "001B", "007F", "202E", "2028"})
    void controlAndDirectionCharactersAreRemoved(String hex) {
        String raw = "scan" + (char) Integer.parseInt(hex, 16) + ".pdf";

        assertThat(UploadName.of(raw).value()).isEqualTo("scan.pdf");
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutTo200Characters() {
        assertThat(UploadName.of("x".repeat(500) + ".pdf").value()).hasSize(200);
    }

    @org.junit.jupiter.api.Test
    void aMissingNameBecomesDocument() {
        assertThat(UploadName.of(null).value()).isEqualTo(UploadName.FALLBACK);
    }
}
