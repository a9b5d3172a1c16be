package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CLI summary stays a plain JSON-able record: strings, numbers, booleans, lists and nested plain records. */
class SummaryShapeTest {
    private static final Set<Class<?>> PLAIN =
            Set.of(String.class, Integer.class, Boolean.class, boolean.class, int.class, List.class);

    @Test
    void summaryComponentsAreJsonValues() {
        for (Class<?> type : List.of(KaryotypeSummary.class, KaryotypeSummary.CloneSummary.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(PLAIN.contains(component.getType()))
                        .as(type.getSimpleName() + "." + component.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void everyLineOfInputGivesOneSummaryWithEitherAResultOrAnError() {
        List<String> lines = List.of("46,XX[20]", "complex karyotype", "45,XY,-7[20]", "");

        List<KaryotypeSummary> summaries =
                lines.stream().map(Karyotypes::summarize).toList();

        assertThat(summaries).hasSize(4);
        assertThat(summaries).allMatch(s -> (s.error() == null) != (s.ipssrCategory() == null));
        assertThat(summaries).extracting(KaryotypeSummary::ipssrCategory).containsExactly("Good", null, "Poor", null);
    }
}
