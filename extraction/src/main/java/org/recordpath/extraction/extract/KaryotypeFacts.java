package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.karyotype.KaryotypeParse;
import org.recordpath.model.karyotype.KaryotypeRepair;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.KaryotypeFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds karyotype findings. A conventional karyotype goes through the ISCN parser of clinical-model
 * ({@code org.recordpath.model.karyotype}), after its unambiguous OCR repairs when the printed string does not parse;
 * a string the parser rejects keeps its ISCN text and metaphase count, with the category and flags unknown (null).
 */
public final class KaryotypeFacts {
    private static final Pattern CELLS = Pattern.compile("\\[(\\d+)\\]");

    private static final Logger LOG = LoggerFactory.getLogger(KaryotypeFacts.class);

    private KaryotypeFacts() {}

    /** A conventional karyotype as printed. */
    public static KaryotypeFinding fromIscn(String iscn, Integer metaphases, LocalDate date, Provenance provenance) {
        KaryotypeParse parse = Karyotypes.parse(iscn);
        Provenance source = provenance;
        if (parse.parsed().isEmpty()) {
            KaryotypeRepair.Repaired repaired = KaryotypeRepair.repair(iscn);
            if (!repaired.repairs().isEmpty()) {
                KaryotypeParse second = Karyotypes.parse(repaired.text());
                if (second.parsed().isPresent()) {
                    LOG.debug("karyotype read after OCR repairs {}", repaired.repairs());
                    parse = second;
                    source = marked(provenance, repaired.repairs());
                }
            }
        }
        if (parse.parsed().isPresent()) {
            return parse.parsed().get().toFinding(date, source);
        }
        Integer counted = metaphases != null ? metaphases : countCells(iscn);
        return new KaryotypeFinding(
                iscn, null, null, null, null, null, null, null, List.of(), "karyotype", counted, date, provenance);
    }

    /**
     * Marks a karyotype read only after a repair that changed a symbol (O read as 0, l as 1, de1 as del): such a
     * reading waits for a navigator (#10). Typographic repairs (spaces, braces, a missing closing bracket) cannot
     * change which chromosomes and bands the string names and leave it as read.
     */
    private static Provenance marked(Provenance provenance, List<String> repairs) {
        List<String> symbols = repairs.stream()
                .filter(r -> !r.startsWith("removed spaces") && !r.startsWith("read '{'") && !r.startsWith("added the"))
                .toList();
        return symbols.isEmpty()
                ? provenance
                : provenance.withRepair("OCR repair of the ISCN: " + String.join("; ", symbols));
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
