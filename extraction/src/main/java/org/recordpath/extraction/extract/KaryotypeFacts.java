package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.karyotype.KaryotypeParse;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.KaryotypeFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds karyotype findings. A conventional karyotype goes through the ISCN parser of clinical-model
 * ({@code org.recordpath.model.karyotype}) through its tolerant front end (OCR damage and the ways laboratories write
 * karyotypes, #14; the repairs are kept on the finding);
 * a string the parser rejects keeps its ISCN text and metaphase count, with the category and flags unknown (null).
 */
public final class KaryotypeFacts {
    private static final Pattern CELLS = Pattern.compile("\\[(\\d+)\\]");

    private static final Logger LOG = LoggerFactory.getLogger(KaryotypeFacts.class);

    private KaryotypeFacts() {}

    /** A conventional karyotype as printed. */
    public static KaryotypeFinding fromIscn(String iscn, Integer metaphases, LocalDate date, Provenance provenance) {
        KaryotypeParse parse = Karyotypes.read(iscn);
        if (parse.parsed().isPresent() && parse.parsed().get().repaired()) {
            LOG.debug("karyotype read after repairs {}", parse.parsed().get().repairs());
        }
        if (parse.parsed().isPresent()) {
            return parse.parsed().get().toFinding(date, provenance);
        }
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
