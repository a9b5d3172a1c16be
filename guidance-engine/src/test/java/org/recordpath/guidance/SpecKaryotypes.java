package org.recordpath.guidance;

import org.recordpath.model.profile.CytoCategory;

/** Karyotypes of risk-scores.md section 3.7 that several tests share, with the flags the spec gives them. */
public final class SpecKaryotypes {
    private SpecKaryotypes() {}

    /** Example 14: del(5q) with one other abnormality, Good. */
    public static Profiles del5qPlusOne(Profiles p) {
        return p.withKaryotype(
                "46,XY,del(5)(q13q33),del(20)(q11.2)[16]/46,XY[4]", CytoCategory.GOOD, true, false, false, 2);
    }

    /** Three abnormalities in independent clones (like example 26): not complex, but del(5q) is not isolated. */
    public static Profiles del5qPlusTwo(Profiles p) {
        return p.withKaryotype(
                "46,XY,del(5)(q13q33)[8]/47,XY,+8[6]/46,XY,del(20)(q11.2)[4]",
                CytoCategory.INTERMEDIATE,
                true,
                false,
                false,
                3);
    }

    /** Three abnormalities in one clone without del(5q) or -7/del(7q): complex, Poor (section 3.5). */
    public static Profiles complexWithout5qOr7(Profiles p) {
        return p.withKaryotype("49,XY,+8,+11,+21[20]", CytoCategory.POOR, false, false, true, 3);
    }

    /** Example 3: single -7, Poor. */
    public static Profiles minus7(Profiles p) {
        return p.withKaryotype("45,XX,-7[20]", CytoCategory.POOR, false, true, false, 1);
    }
}
