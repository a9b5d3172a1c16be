package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.KaryotypeFinding;

/**
 * Builds karyotype findings. This is the one place where the ISCN parser of clinical-model
 * ({@code org.recordpath.model.karyotype}) plugs in to fill the category and flags; without it a conventional
 * karyotype carries its ISCN string and metaphase count only, and the flags stay unknown (null).
 */
public final class KaryotypeFacts {
    private static final Pattern CELLS = Pattern.compile("\\[(\\d+)\\]");

    private KaryotypeFacts() {}

    /** A conventional karyotype as printed. */
    public static KaryotypeFinding fromIscn(String iscn, Integer metaphases, LocalDate date, Provenance provenance) {
        Integer counted = metaphases != null ? metaphases : countCells(iscn);
        return new KaryotypeFinding(
                iscn, null, null, null, null, null, null, null, List.of(), "karyotype", counted, date, provenance);
    }

    /** A FISH result for one region: only the flag the probe answers is set. */
    public static KaryotypeFinding fromFish(
            Boolean del5q,
            Boolean minus7OrDel7q,
            Boolean del17p,
            String abnormality,
            LocalDate date,
            Provenance provenance) {
        List<String> abn = abnormality == null ? List.of() : List.of(abnormality);
        return new KaryotypeFinding(
                null, null, del5q, minus7OrDel7q, del17p, null, null, null, abn, "fish", null, date, provenance);
    }

    /** A cytogenetic risk category stated in a report. */
    public static KaryotypeFinding reported(CytoCategory category, LocalDate date, Provenance provenance) {
        return new KaryotypeFinding(
                null, category, null, null, null, null, null, null, List.of(), "reported", null, date, provenance);
    }

    private static Integer countCells(String iscn) {
        Matcher m = CELLS.matcher(iscn);
        int sum = 0;
        boolean any = false;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
            any = true;
        }
        return any ? sum : null;
    }
}
