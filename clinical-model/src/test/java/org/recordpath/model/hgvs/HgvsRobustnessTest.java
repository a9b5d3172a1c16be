package org.recordpath.model.hgvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged HGVS strings are rejected with a reason, never thrown on; accepted ones normalise to a fixed point. */
class HgvsRobustnessTest {
    private static final List<String> SEEDS = List.of(
            "p.Arg132His",
            "p.G646Wfs*12",
            "p.(Pro95_Arg102del)",
            "NP_003768.2:p.Ter314TrpextTer45",
            "p.Cys200_Tyr205delinsIleLeuGln",
            "p.Met1ext-5",
            "c.2098A>G",
            "NM_004333.4(BRAF):c.1799T>A",
            "c.(4_6)_(245_246)del",
            "c.1234+1_1234+2insCATG",
            "c.*46_*48delinsTT",
            "c.2557_2694copy2");
    private static final String ALPHABET = "0123456789ACGTNacgtnRHWXTer*?=()_+-:.>[];delinsdupfsextcopyp ";

    @Test
    void mutatedExpressionsNeverThrow() {
        Random random = new Random(42L);
        int accepted = 0;
        for (int i = 0; i < 40_000; i++) {
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            StringBuilder s = new StringBuilder(seed);
            for (int e = 0; e < 1 + random.nextInt(3) && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, c);
                    default -> s.setCharAt(at, c);
                }
            }
            String input = s.toString();
            HgvsParse<?>[] result = new HgvsParse<?>[2];
            assertThatCode(() -> {
                        result[0] = Hgvs.protein(input);
                        result[1] = Hgvs.coding(input);
                    })
                    .as(input)
                    .doesNotThrowAnyException();
            if (result[0] instanceof HgvsParse.Parsed<?> p) {
                accepted++;
                String canonical = ((ProteinChange) p.change()).oneLetter();
                assertThat(Hgvs.protein(canonical).value().map(ProteinChange::oneLetter))
                        .as(input)
                        .contains(canonical);
            }
            if (result[1] instanceof HgvsParse.Parsed<?> p) {
                accepted++;
                String canonical = ((CodingChange) p.change()).text();
                assertThat(Hgvs.coding(canonical).value().map(CodingChange::text))
                        .as(input)
                        .contains(canonical);
            }
            if (result[0] instanceof HgvsParse.Rejected<?> r) {
                assertThat(r.reason()).isNotBlank();
            }
        }
        assertThat(accepted).isPositive();
    }
}
