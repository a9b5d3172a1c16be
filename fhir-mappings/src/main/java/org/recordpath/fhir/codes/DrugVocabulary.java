package org.recordpath.fhir.codes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The disease-directed drugs of pathways.md section 3.1 (HMAs, IMiDs, ESAs, erythroid maturation agents, IST, TPO
 * agonists, IDH inhibitors, chelators and AML-type agents) with their verified ingredient RxCUIs. Supportive drugs
 * (G-CSF) and transplant conditioning or GVHD drugs are deliberately absent: they are not therapy lines.
 */
public final class DrugVocabulary {
    private static final List<Drug> DRUGS = List.of(
            drug(
                    "decitabine-cedazuridine",
                    null,
                    false,
                    "decitabine and cedazuridine",
                    "decitabine-cedazuridine",
                    "decitabine/cedazuridine",
                    "inqovi",
                    "inaqovi",
                    "astx727",
                    "oral decitabine",
                    "c-dec",
                    "dec-c"),
            drug("azacitidine", "1251", true, "azacitidine", "5-aza", "vidaza", "aza-c", "onureg", "cc-486"),
            drug("decitabine", "15657", true, "decitabine", "dacogen", "5-aza-2'-deoxycytidine"),
            drug("lenalidomide", "342369", false, "lenalidomide", "revlimid", "cc-5013"),
            drug("thalidomide", "10432", false, "thalidomide", "thalomid"),
            drug("luspatercept", null, false, "luspatercept", "reblozyl", "ace-536"),
            drug("imetelstat", null, false, "imetelstat", "rytelo", "grn163l"),
            drug(
                    "methoxy polyethylene glycol-epoetin beta",
                    null,
                    false,
                    "methoxy polyethylene glycol-epoetin beta",
                    "mircera"),
            drug("epoetin alfa", null, false, "epoetin alfa", "epogen", "procrit", "retacrit", "eprex", "binocrit"),
            drug("epoetin beta", null, false, "epoetin beta", "neorecormon"),
            drug("darbepoetin alfa", null, false, "darbepoetin", "aranesp"),
            drug(
                    "anti-thymocyte globulin",
                    "1011",
                    false,
                    "anti-thymocyte globulin",
                    "antithymocyte globulin",
                    "lymphocyte immune globulin",
                    "atgam",
                    "thymoglobulin",
                    "hatg",
                    "ratg",
                    "horse atg"),
            drug("cyclosporine", "3008", false, "cyclosporine", "ciclosporin", "neoral", "sandimmune", "gengraf"),
            drug("romiplostim", null, false, "romiplostim", "nplate"),
            drug("eltrombopag", "711942", false, "eltrombopag", "promacta", "revolade", "alvaiz"),
            drug("ivosidenib", "2049873", false, "ivosidenib", "tibsovo", "ag-120"),
            drug("enasidenib", "1940332", false, "enasidenib", "idhifa", "ag-221"),
            drug("olutasidenib", null, false, "olutasidenib", "rezlidhia"),
            drug("venetoclax", null, false, "venetoclax", "venclexta"),
            drug("deferasirox", null, false, "deferasirox", "exjade", "jadenu"),
            drug("deferoxamine", null, false, "deferoxamine", "desferal"),
            drug("deferiprone", null, false, "deferiprone", "ferriprox"),
            drug("hydroxyurea", null, false, "hydroxyurea", "hydrea", "droxia"),
            drug("cytarabine", "3041", false, "cytarabine"));

    private static final List<Matcher> MATCHERS = DRUGS.stream()
            .flatMap(d -> d.names().stream().map(n -> new Matcher(d, n, wordPattern(n))))
            .sorted(Comparator.comparingInt((Matcher m) -> m.name.length()).reversed())
            .toList();

    private DrugVocabulary() {}

    /** The drug whose verified ingredient RxCUI this is. */
    public static Optional<Drug> byRxnorm(String rxcui) {
        return DRUGS.stream()
                .filter(d -> d.rxnorm() != null && d.rxnorm().equals(rxcui))
                .findFirst();
    }

    /** The drug a medication text names (generic or brand, longest name first), if any. */
    public static Optional<Drug> byText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return MATCHERS.stream()
                .filter(m -> m.pattern.matcher(lower).find())
                .map(m -> m.drug)
                .findFirst();
    }

    /** The drug of this generic name. */
    public static Optional<Drug> byGeneric(String generic) {
        return DRUGS.stream().filter(d -> d.generic().equalsIgnoreCase(generic)).findFirst();
    }

    private static Drug drug(String generic, String rxnorm, boolean cycles, String... names) {
        return new Drug(generic, rxnorm, List.of(names), cycles);
    }

    private static Pattern wordPattern(String name) {
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(name) + "(?![a-z0-9])");
    }

    private record Matcher(Drug drug, String name, Pattern pattern) {}
}
