package org.recordpath.guidance.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cheap conventions: every pack names its guideline version, and the MDS pack has every pathway of pathways.md. */
class PackConventionTest {
    private static final Path PACK_DIR = Path.of("src/main/resources/packs");

    @Test
    void everyPackFileIsIndexedAndNamesItsGuidelineVersion() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(PACK_DIR)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(Packs.bundled()).containsExactlyInAnyOrderElementsOf(files);
        for (String f : files) {
            Pack p = Packs.bundled(f);
            assertThat(p.version()).as(f).isNotBlank();
            assertThat(f).as("file name carries the version").endsWith("-" + p.version() + ".yaml");
            assertThat(p.contentBasis()).as(f).isNotBlank();
        }
    }

    @Test
    void mdsPackHasExactlyThePathwayIdsOfPathwaysMd() throws IOException {
        Path spec = Path.of(System.getProperty("recordpath.corpus", "../../shared/corpus"))
                .resolveSibling("clinical")
                .resolve("pathways.md");
        String text = Files.readString(spec);
        String table = text.substring(text.indexOf("### 1.1 Summary table"), text.indexOf("### 1.2"));
        Matcher m = Pattern.compile("(?m)^\\| `((?:lr|hr|all)-[a-z0-9-]+)`").matcher(table);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(19);

        Pack pack = Packs.bundled(Packs.DEFAULT);

        assertThat(pack.pathways()).extracting(Pathway::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pack.name()).isEqualTo("NCCN MDS");
        assertThat(pack.version()).isEqualTo("2026.1");
        assertThat(pack.contentBasis()).isEqualTo("reconstructed-from-public-sources");
    }

    @Test
    void everyPathwayHasOptionsEvidenceFdaStatusAndCitations() {
        for (Pathway p : Packs.bundled(Packs.DEFAULT).pathways()) {
            assertThat(p.options()).as(p.id()).isNotEmpty();
            assertThat(p.evidence()).as(p.id()).isNotBlank();
            assertThat(p.fda()).as(p.id()).isNotBlank();
            assertThat(p.citations()).as(p.id()).isNotEmpty();
            assertThat(p.line()).as(p.id()).isPositive();
        }
    }

    @Test
    void rxnormCodesAreOnlyThoseMarkedVerifiedInPathwaysMd() {
        List<String> verified = List.of(
                "1251", "15657", "342369", "10432", "68442", "338036", "91601", "1011", "3008", "711942", "2049873",
                "1940332", "3041");
        Packs.bundled(Packs.DEFAULT)
                .pathways()
                .forEach(p -> p.options().stream()
                        .filter(o -> o.rxnorm() != null)
                        .forEach(o -> assertThat(verified)
                                .as(p.id() + " " + o.agent())
                                .contains(o.rxnorm())));
    }
}
