package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.Packs;
import org.recordpath.guidance.pack.Status;
import org.recordpath.model.profile.ClinicalProfile;

/** A new pack version lists exactly the profiles whose pathways change, with the reason. */
class PackDiffTest {

    /** A hypothetical next version that starts iron chelation at ferritin above 1000 and drops lr-observation. */
    private static Pack nextVersion(Path dir) throws IOException {
        String text;
        try (InputStream in = Packs.class.getResourceAsStream("/packs/" + Packs.DEFAULT)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("version: \"2026.1\"", "version: \"2026.2\"")
                .replace(
                        "{fact: labs.ferritin, op: \">\", value: 2500, unit: ng/mL}",
                        "{fact: labs.ferritin, op: \">\", value: 1000, unit: ng/mL}");
        Path file = dir.resolve("mds-nccn-2026.2.yaml");
        Files.writeString(file, text);
        return Packs.load(file);
    }

    @Test
    void listsExactlyTheProfilesWhoseStatusesChange(@TempDir Path dir) throws IOException {
        Map<String, ClinicalProfile> profiles = new LinkedHashMap<>();
        profiles.put(
                "iron-1500.json",
                Profiles.aLowerRiskProfile()
                        .withFerritin("1500")
                        .withTransfusions("2", 30)
                        .build());
        profiles.put(
                "iron-500.json",
                Profiles.aLowerRiskProfile()
                        .withFerritin("500")
                        .withTransfusions("2", 30)
                        .build());
        profiles.put(
                "higher.json",
                Profiles.aHigherRiskProfile().withFerritin("1500").build());

        PackDiff.Result diff = PackDiff.compare(Packs.bundled(Packs.DEFAULT), nextVersion(dir), profiles);

        assertThat(diff.from().version()).isEqualTo("2026.1");
        assertThat(diff.to().version()).isEqualTo("2026.2");
        assertThat(diff.unchanged()).isEqualTo(2);
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.profile()).isEqualTo("iron-1500.json");
            assertThat(c.changes()).singleElement().satisfies(x -> {
                assertThat(x.pathway()).isEqualTo("lr-iron-chelation");
                assertThat(x.before()).isEqualTo(Status.NOT_MATCHED);
                assertThat(x.after()).isEqualTo(Status.MATCH);
                assertThat(x.reason()).contains("labs.ferritin 1500 ng/mL").contains("> 1000");
            });
        });
    }

    @Test
    void samePackChangesNothing() {
        Pack p = Packs.bundled(Packs.DEFAULT);
        PackDiff.Result diff =
                PackDiff.compare(p, p, Map.of("a", Profiles.aLowerRiskProfile().build()));
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void removedAndAddedPathwaysAreReported() {
        GuidanceReport a = GuidanceEngine.withDefaultPack()
                .evaluate(Profiles.aLowerRiskProfile().build());
        GuidanceReport b = new GuidanceReport(
                a.risk(),
                a.riskGroup(),
                a.riskGroupBasis(),
                a.classification(),
                a.pathways().subList(1, a.pathways().size()),
                a.questions(),
                a.guideline(),
                a.flags(),
                a.notice());
        assertThat(PackDiff.changes(a, b, "9"))
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("pathway removed in version 9"));
        assertThat(PackDiff.changes(b, a, "9"))
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).startsWith("new pathway in version 9"));
    }

    @Test
    void listsTheBundledPacks() {
        assertThat(GuidanceEngine.bundledPacks()).contains(Packs.DEFAULT);
        assertThat(GuidanceEngine.withBundledPack(Packs.DEFAULT).pack().version())
                .isEqualTo("2026.1");
    }

    @Test
    void resolvesAPackByFileNameVersionOrPath(@TempDir Path dir) throws IOException {
        assertThat(Packs.resolve("2026.1").version()).isEqualTo("2026.1");
        assertThat(Packs.resolve(Packs.DEFAULT).name()).isEqualTo("NCCN MDS");
        Pack next = nextVersion(dir);
        assertThat(Packs.resolve(next.file()).version()).isEqualTo("2026.2");
    }
}
