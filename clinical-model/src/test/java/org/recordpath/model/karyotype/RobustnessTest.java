package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No input, however damaged, makes the parser or the repair throw: the worst outcome is a rejection. */
class RobustnessTest {
    private static final List<String> SEEDS = List.of(
            "46,XX,del(5)(q13q33)[8]/47,XX,idem,+8[6]/46,XX,idem,+8,-7[4]/46,XX[2]",
            "46,XX,del(20)(q11.2)[10]/47,XX,sl,+8[6]/48,XX,sdl,+21[4]",
            "45~47,XY,-7,+8,+21[cp10]/46,XY[10]",
            "47,XY,+1,der(1;7)(q10;p10),+8[12]/46,XY[8]",
            "44,XY,del(5)(q13q33),-7,-17,-18,+mar[15]/46,XY[5]",
            "45,xx,dic(5;17)(q13;p11.2),add(7)(q11.2),der(16)t(1;16)(p22;q24),inc[cp9]/46,xx[11]",
            "69<3n>,XXY,-7,+1~3mar,der(7)t(7;11)(q22;q23)del(11)(q14)x2[10]",
            "47,XY,+21c,inv(9)(p11q13)c,1qh+,dmin[10]/47,XY,+21c[10]");
    private static final String ALPHABET = "0123456789XYxy+-(),;:.?~<>/[]cpqdelinvtrsmaidmrbO lI{}\u00a0";

    @Test
    void mutatedKaryotypesNeverThrow() {
        Random random = new Random(20240611L);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < 30_000; i++) {
            String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            KaryotypeParse[] result = new KaryotypeParse[1];
            assertThatCode(() -> result[0] = Karyotypes.parse(input)).as(input).doesNotThrowAnyException();
            assertThatCode(() -> Karyotypes.summarizeRepairing(input)).as(input).doesNotThrowAnyException();
            if (result[0] instanceof KaryotypeParse.Parsed) {
                parsed++;
            } else {
                rejected++;
                assertThat(((KaryotypeParse.Rejected) result[0]).reason())
                        .as(input)
                        .isNotBlank();
            }
        }
        assertThat(parsed).as("some mutations stay valid").isPositive();
        assertThat(rejected).as("most mutations are rejected").isGreaterThan(parsed);
    }

    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(7L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = random.nextBoolean() ? "46,XY," + s : s.toString();
            assertThatCode(() -> Karyotypes.parse(input)).as(input).doesNotThrowAnyException();
            assertThatCode(() -> KaryotypeRepair.repair(input)).as(input).doesNotThrowAnyException();
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, c);
                case 2 -> s.setCharAt(at, c);
                default -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(8));
                    String cut = s.substring(at, end);
                    s.delete(at, end);
                    s.insert(random.nextInt(s.length() + 1), cut);
                }
            }
        }
        return s.toString();
    }
}
