package org.recordpath.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Conflict;
import org.recordpath.model.profile.Demographics;

/** A same-date disagreement about age ("71 (as of 2026-01-02)" against "72 ..."), each candidate one variant. */
final class AgeAxis {
    private static final Pattern YEARS = Pattern.compile("^\\s*(\\d{1,3})\\b");

    private AgeAxis() {}

    /** The axis, or null when a candidate is not a readable age. */
    static SameDateConflicts.Axis of(ClinicalProfile p, Conflict c) {
        Set<Integer> ages = new LinkedHashSet<>();
        if (p.demographics().age() != null) {
            ages.add(p.demographics().age());
        }
        for (Conflict.Candidate x : c.candidates()) {
            Matcher m = YEARS.matcher(x.value());
            if (!m.find()) {
                return null;
            }
            int age = Integer.parseInt(m.group(1));
            if (age > 120) {
                continue;
            }
            ages.add(age);
        }
        List<String> shown = new ArrayList<>();
        List<UnaryOperator<ClinicalProfile>> apply = new ArrayList<>();
        for (Integer age : ages) {
            shown.add(age + " years");
            apply.add(q -> q.withDemographics(new Demographics(
                    age, q.demographics().sex(), q.demographics().provenance())));
        }
        return new SameDateConflicts.Axis("demographics.age", shown, apply);
    }
}
