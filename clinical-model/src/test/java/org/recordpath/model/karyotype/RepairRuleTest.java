package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** #14: the repair rules have stable, distinct ids and plain descriptions; repaired strings name them. */
class RepairRuleTest {

    @Test
    void idsAreDistinctLowerCaseWordsAndEveryRuleIsDescribed() {
        assertThat(Arrays.stream(RepairRule.values()).map(RepairRule::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(RepairRule.values()).allMatch(r -> r.description().length() > 20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            46,XX,del(5)(q13q33)[10]/47,idem,+8[5] | missing-sex | Good
            47,XY,+8[15]/46[5]                     | missing-sex | Intermediate
            """)
    // the sex of a clone written without one comes from the other clones (XX: female, a Y: male)
    void takesTheMissingSexFromTheOtherClones(String iscn, String rule, String category) {
        Karyotype k = Karyotypes.read(iscn).parsed().orElseThrow();

        assertThat(k.repairs()).anyMatch(r -> r.startsWith(rule + ":"));
        assertThat(k.ipssrCategory()).hasToString(category);
        assertThat(k.clones().get(1).sexChromosomes())
                .isEqualTo(k.clones().get(0).sexChromosomes());
        assertThat(k.reviewFlags().get(0)).startsWith("repaired");
    }
}
