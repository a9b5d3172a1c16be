package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Transfusion;

/** The closed set of contract paths a pack may compare, with their types, units and question keys. */
public final class FactCatalog {
    private static final Map<String, FactSpec> SPECS = new LinkedHashMap<>();

    static {
        number(
                "demographics.age",
                "a",
                "Q-IST",
                f -> PatientFacts.number(
                        "demographics.age",
                        f.profile().demographics().age() == null
                                ? null
                                : BigDecimal.valueOf(f.profile().demographics().age()),
                        "years",
                        f.profile().demographics().provenance().get("age")));
        SPECS.put(
                "diagnosis.disease",
                new FactSpec(
                        "diagnosis.disease",
                        FactSpec.Kind.ENUM,
                        null,
                        List.of("MDS", "CMML", "AML", "MDS/MPN", "other"),
                        "Q-DIAG",
                        false,
                        f -> f.profile().diagnosis().disease() == null
                                ? Value.absent("diagnosis.disease")
                                : new Value(
                                        "diagnosis.disease",
                                        f.profile().diagnosis().disease().toString(),
                                        null,
                                        f.profile().diagnosis().disease().toString(),
                                        f.profile().diagnosis().provenance().get("disease"),
                                        null)));
        SPECS.put(
                "$riskGroup",
                new FactSpec(
                        "$riskGroup",
                        FactSpec.Kind.ENUM,
                        null,
                        List.of("lower", "higher"),
                        "Q-RISK",
                        false,
                        f -> "unknown".equals(f.risk().group())
                                ? Value.unusable(
                                        "$riskGroup", "unknown", null, f.risk().explanation())
                                : new Value(
                                        "$riskGroup",
                                        f.risk().group(),
                                        null,
                                        f.risk().group() + " (" + f.risk().basis() + ": "
                                                + f.risk().explanation() + ")",
                                        null,
                                        null)));
        lab("hemoglobin", "g/dL", "Q-HB", Labs::hemoglobin);
        lab("platelets", "10*9/L", "Q-CBC", Labs::platelets);
        lab("anc", "10*9/L", "Q-CBC", Labs::anc);
        lab("bmBlasts", "%", "Q-BLASTS", Labs::bmBlasts);
        lab("pbBlasts", "%", "Q-BLASTS", Labs::pbBlasts);
        lab("ringSideroblasts", "%", "Q-RS", Labs::ringSideroblasts);
        lab("serumEpo", "mU/mL", "Q-EPO", Labs::serumEpo);
        lab("ferritin", "ng/mL", "Q-FERR", Labs::ferritin);
        lab("creatinineClearance", "mL/min", "Q-FERR", Labs::creatinineClearance);
        number(
                "transfusion.rbcUnitsPer8Weeks",
                "units",
                "Q-TX",
                f -> transfusion(
                        f,
                        "rbcUnitsPer8Weeks",
                        Transfusions.per8Weeks(f.profile().transfusion())));
        number(
                "transfusion.totalRbcUnits",
                "units",
                "Q-FERR",
                f -> transfusion(
                        f,
                        "totalRbcUnits",
                        f.profile().transfusion().totalRbcUnits() == null
                                ? null
                                : BigDecimal.valueOf(f.profile().transfusion().totalRbcUnits())));
        karyotypeFlag("del5q", KaryotypeFinding::del5q);
        karyotypeFlag("minus7OrDel7q", KaryotypeFinding::minus7OrDel7q);
        karyotypeFlag("del17p", KaryotypeFinding::del17p);
        karyotypeFlag("complex", KaryotypeFinding::complex);
        clinicalFlag("transplantCandidate", "Q-HCT", true, Clinical::transplantCandidate);
        clinicalFlag("hypocellular", "Q-IST", false, Clinical::hypocellular);
        clinicalFlag("pnhClone", "Q-IST", false, Clinical::pnhClone);
        clinicalFlag("hlaDr15", "Q-IST", false, Clinical::hlaDr15);
        clinicalFlag("pregnant", "Q-LEN", false, Clinical::pregnant);
        clinicalFlag("childbearingPotential", "Q-LEN", false, Clinical::childbearingPotential);
        number(
                "clinical.marrowCellularityPct",
                "%",
                "Q-IST",
                f -> PatientFacts.number(
                        "clinical.marrowCellularityPct",
                        f.profile().clinical().marrowCellularityPct() == null
                                ? null
                                : BigDecimal.valueOf(f.profile().clinical().marrowCellularityPct()),
                        "%",
                        f.profile().clinical().provenance().get("marrowCellularityPct")));
    }

    private FactCatalog() {}

    public static Optional<FactSpec> spec(String path) {
        return Optional.ofNullable(SPECS.get(path));
    }

    public static List<String> paths() {
        return List.copyOf(SPECS.keySet());
    }

    private static void number(String path, String unit, String question, Function<PatientFacts, Value> read) {
        SPECS.put(path, new FactSpec(path, FactSpec.Kind.NUMBER, unit, List.of(), question, false, read));
    }

    private static void lab(String key, String unit, String question, Function<Labs, LabValue> get) {
        number(
                "labs." + key,
                unit,
                question,
                f -> f.lab(key, get.apply(f.profile().labs()), unit));
    }

    private static Value transfusion(PatientFacts f, String key, BigDecimal n) {
        Transfusion t = f.profile().transfusion();
        return PatientFacts.number(
                "transfusion." + key, n, "units", t.provenance().get(key));
    }

    private static void karyotypeFlag(String key, Function<KaryotypeFinding, Boolean> get) {
        String path = "karyotype." + key;
        SPECS.put(
                path,
                new FactSpec(
                        path,
                        FactSpec.Kind.FLAG,
                        null,
                        List.of(),
                        "Q-KARYO",
                        false,
                        f -> f.karyotype()
                                .map(k -> PatientFacts.flag(path, get.apply(k), k.provenance()))
                                .orElse(Value.absent(path))));
    }

    private static void clinicalFlag(
            String key, String question, boolean clinicianOnly, Function<Clinical, Boolean> get) {
        String path = "clinical." + key;
        SPECS.put(
                path,
                new FactSpec(
                        path,
                        FactSpec.Kind.FLAG,
                        null,
                        List.of(),
                        question,
                        clinicianOnly,
                        f -> PatientFacts.flag(
                                path,
                                get.apply(f.profile().clinical()),
                                f.profile().clinical().provenance().get(key))));
    }
}
