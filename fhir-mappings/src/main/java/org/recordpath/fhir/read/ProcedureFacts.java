package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Procedure;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.PartialDates;
import org.recordpath.model.profile.Treatment;

/**
 * A haematopoietic cell transplant Procedure to a treatment fact named "allogeneic HCT", "autologous HCT" or
 * "HCT" (pathways.md section 3.5 wording: allo-HCT, alloSCT, HSCT, BMT, SCT). No procedure code is verified in the
 * clinical specification, so the wording decides. Other procedures are skipped; planned ones are hypothetical.
 */
final class ProcedureFacts {
    private static final Pattern CELLS =
            Pattern.compile("stem cell|hematopoietic|haematopoietic|progenitor|marrow|allogeneic");
    private static final Pattern ACRONYM = Pattern.compile("\\b(allo-?hct|allo-?sct|hsct|hct|bmt)\\b");
    private static final Set<String> VOID = Set.of("entered-in-error", "not-done", "stopped");
    private static final Set<String> PLANNED = Set.of("preparation", "on-hold");

    private ProcedureFacts() {}

    static boolean isTransplant(String text) {
        return (text.contains("transplant") && CELLS.matcher(text).find())
                || ACRONYM.matcher(text).find();
    }

    static List<Fact> map(Procedure p, Sources sources) {
        String status = p.hasStatus() ? p.getStatus().toCode() : "unknown";
        String text = CleanText.allText(p.getCode());
        if (VOID.contains(status) || !isTransplant(text) || text.contains("evaluation")) {
            return List.of();
        }
        String name = text.contains("autologous") || text.contains("auto-")
                ? "autologous HCT"
                : text.contains("allo") ? "allogeneic HCT" : "HCT";
        Optional<String> start = FhirDates.isoStart(p.getPerformed());
        Optional<String> end = FhirDates.isoEnd(p.getPerformed()).or(() -> start);
        var provenance = sources.provenance(p, "code", Sources.BY_TEXT);
        Treatment t =
                new Treatment(name, null, start.orElse(null), end.orElse(null), null, null, null, null, provenance);
        LocalDate asOf = start.flatMap(PartialDates::parse).orElse(null);
        Context context = PLANNED.contains(status) ? Context.HYPOTHETICAL : Context.AFFIRMED;
        return List.of(new Fact(Fields.TREATMENT, new FactValue.Course(t), asOf, provenance, Sources.BY_TEXT, context));
    }
}
