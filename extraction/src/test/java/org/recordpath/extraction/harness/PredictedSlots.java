package org.recordpath.extraction.harness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.Treatment;

/** A reconciled profile as slots, each attributed to the format of its source document. */
final class PredictedSlots {
    private PredictedSlots() {}

    static List<Slot> of(ClinicalProfile p, Function<String, String> formatOf) {
        List<Slot> out = new ArrayList<>();
        Function<Provenance, String> f = prov -> prov == null ? "unattributed" : formatOf.apply(prov.document());
        var d = p.demographics();
        single(
                out,
                "demographics.age",
                d.age() == null ? null : d.age().toString(),
                f.apply(d.provenance().get("age")));
        single(out, "demographics.sex", d.sex(), f.apply(d.provenance().get("sex")));
        var dx = p.diagnosis();
        single(
                out,
                "diagnosis.disease",
                dx.disease() == null ? null : dx.disease().toString(),
                f.apply(dx.provenance().get("disease")));
        single(out, "diagnosis.who2022", dx.who2022(), f.apply(dx.provenance().get("who2022")));
        single(out, "diagnosis.icd10", dx.icd10(), f.apply(dx.provenance().get("icd10")));
        single(
                out,
                "diagnosis.date",
                dx.date() == null ? null : dx.date().toString(),
                f.apply(dx.provenance().get("date")));
        for (Map.Entry<Analyte, LabValue> e : p.labs().toMap().entrySet()) {
            if (GoldSlots.LABS.containsValue(e.getKey().key())) {
                LabValue v = e.getValue();
                out.add(new Slot(
                        "labs." + e.getKey().key(),
                        Normal.number(v.value()) + "@" + v.date(),
                        f.apply(v.provenance()),
                        true));
            }
        }
        var k = p.karyotype();
        single(
                out,
                "karyotype.iscn",
                k == null ? null : Normal.iscn(k.iscn()),
                k == null ? "none" : f.apply(k.provenance()));
        for (Mutation m : p.mutations()) {
            String v = m.gene() + " " + (m.hgvsP() != null ? m.hgvsP() : m.hgvsC());
            out.add(new Slot("mutations", v, f.apply(m.provenance()), false));
        }
        for (String g : p.negativeGenes()) {
            out.add(new Slot("negativeGenes", g, f.apply(p.negativeGeneSources().get(g)), false));
        }
        var t = p.transfusion();
        single(
                out,
                "transfusion.rbcUnitsPer8Weeks",
                t.rbcUnitsPer8Weeks() == null ? null : Normal.number(t.rbcUnitsPer8Weeks()),
                f.apply(t.provenance().get("rbcUnitsPer8Weeks")));
        single(
                out,
                "transfusion.dependent",
                t.dependent() == null ? null : t.dependent().toString(),
                f.apply(t.provenance().get("dependent")));
        single(
                out,
                "transfusion.totalRbcUnits",
                t.totalRbcUnits() == null ? null : Normal.number(new BigDecimal(t.totalRbcUnits())),
                f.apply(t.provenance().get("totalRbcUnits")));
        for (Treatment tr : p.treatments()) {
            String where = f.apply(tr.provenance());
            out.add(new Slot("treatments.drug", tr.drug(), where, false));
            optional(out, "treatments.start", tr.drug(), tr.start(), where);
            optional(
                    out,
                    "treatments.cycles",
                    tr.drug(),
                    tr.cycles() == null ? null : tr.cycles().toString(),
                    where);
            optional(out, "treatments.bestResponse", tr.drug(), Normal.response(tr.bestResponse()), where);
            optional(out, "treatments.stoppedReason", tr.drug(), Normal.reason(tr.stoppedReason()), where);
        }
        var c = p.clinical();
        single(
                out,
                "clinical.transplantCandidate",
                str(c.transplantCandidate()),
                f.apply(c.provenance().get("transplantCandidate")));
        single(out, "clinical.ecog", str(c.ecog()), f.apply(c.provenance().get("ecog")));
        single(out, "clinical.donor", c.donor(), f.apply(c.provenance().get("donor")));
        single(
                out,
                "clinical.hypocellular",
                str(c.hypocellular()),
                f.apply(c.provenance().get("hypocellular")));
        single(
                out,
                "clinical.marrowCellularityPct",
                str(c.marrowCellularityPct()),
                f.apply(c.provenance().get("marrowCellularityPct")));
        single(
                out,
                "clinical.pnhClone",
                str(c.pnhClone()),
                f.apply(c.provenance().get("pnhClone")));
        single(out, "clinical.hlaDr15", str(c.hlaDr15()), f.apply(c.provenance().get("hlaDr15")));
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void single(List<Slot> out, String field, String value, String format) {
        out.add(new Slot(field, value, format, true));
    }

    private static void optional(List<Slot> out, String field, String drug, String value, String where) {
        if (value != null) {
            out.add(new Slot(field, drug + "|" + value, where, false));
        }
    }
}
