package org.recordpath.fhir.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recordpath.model.profile.Disease;

/**
 * Diagnosis codes and wording of pathways.md section 3.3 and risk-scores.md section 4.1: which disease a condition
 * names and which WHO 2022 type it states. Neoplasms outside the myeloid spectrum are {@link Disease#OTHER}; a
 * condition that is neither (anaemia, hypertension) names no disease at all.
 */
final class DiagnosisCodes {
    private static final Set<String> SNOMED_MDS = Set.of(
            "109995007",
            "109996008",
            "109998009",
            "415285009",
            "415286005",
            "1153345005",
            "398623004",
            "415283002",
            "415284008",
            "277597005",
            "1260268001",
            "1260217004",
            "1260406003",
            "1260270005",
            "1264416003",
            "702476004",
            "705061009",
            "721303001",
            "721304007");
    private static final Map<String, Disease> SNOMED_OTHER_MYELOID = Map.of(
            "110000005", Disease.AML,
            "127225006", Disease.CMML,
            "277589003", Disease.MDS_MPN,
            "91861009", Disease.AML,
            "91860005", Disease.AML);
    private static final Map<String, String> SNOMED_WHO = Map.of(
            "1260217004", "MDS-SF3B1",
            "1260406003", "MDS-biTP53",
            "1260270005", "MDS-h",
            "1260268001", "MDS-LB",
            "277597005", "MDS-5q");
    private static final Pattern CANCER_WORDS = Pattern.compile(
            "neoplasm|cancer|carcinoma|malignan|leuka?emia|lymphoma|myeloma|sarcoma|melanoma|tumou?r|blastoma");
    private static final List<Map.Entry<Pattern, String>> WHO_WORDING = List.of(
            Map.entry(Pattern.compile("mds-bitp53|biallelic tp53"), "MDS-biTP53"),
            Map.entry(Pattern.compile("mds-ib2|increased blasts[- ]?2|excess blasts[- ]?2"), "MDS-IB2"),
            Map.entry(Pattern.compile("mds-ib1|increased blasts[- ]?1|excess blasts[- ]?1"), "MDS-IB1"),
            Map.entry(Pattern.compile("mds-f\\b|with fibrosis"), "MDS-f"),
            Map.entry(Pattern.compile("mds-5q|isolated (5q )?del(etion)?\\s?\\(?5q|5q deletion"), "MDS-5q"),
            Map.entry(Pattern.compile("mds-sf3b1|sf3b1 mutation|mutated sf3b1"), "MDS-SF3B1"),
            Map.entry(Pattern.compile("mds-h\\b|hypoplastic"), "MDS-h"),
            Map.entry(Pattern.compile("mds-lb|with low blasts"), "MDS-LB"));

    private DiagnosisCodes() {}

    /** The disease of an ICD-10(-CM) code: D46 MDS, C92.x AML or MDS/MPN, C93.1 CMML, other C/D00-D49 neoplasms other. */
    static Optional<Disease> fromIcd10(String code) {
        if (code == null || code.length() < 3) {
            return Optional.empty();
        }
        String c = code.toUpperCase(java.util.Locale.ROOT);
        if (c.startsWith("D46")) {
            return Optional.of(Disease.MDS);
        }
        if (c.startsWith("C93.1")) {
            return Optional.of(Disease.CMML);
        }
        if (c.startsWith("C92.2") || c.startsWith("C93.3")) {
            return Optional.of(Disease.MDS_MPN);
        }
        if (c.startsWith("C92") || c.startsWith("C93.0")) {
            return Optional.of(Disease.AML);
        }
        if (c.startsWith("C94.6")) {
            return Optional.empty();
        }
        boolean cancer = c.charAt(0) == 'C';
        boolean inSitu = c.charAt(0) == 'D'
                && Character.isDigit(c.charAt(1))
                && Character.isDigit(c.charAt(2))
                && Integer.parseInt(c.substring(1, 3)) <= 49;
        return cancer || inSitu ? Optional.of(Disease.OTHER) : Optional.empty();
    }

    /** The disease of a SNOMED CT code listed in pathways.md section 3.3; other codes need their wording. */
    static Optional<Disease> fromSnomed(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (SNOMED_MDS.contains(code)) {
            return Optional.of(Disease.MDS);
        }
        return Optional.ofNullable(SNOMED_OTHER_MYELOID.get(code));
    }

    /** The disease named by free text (lower case): the myeloid spectrum first, then any other neoplasm. */
    static Optional<Disease> fromText(String lower) {
        if (lower.contains("chronic myelomonocytic")) {
            return Optional.of(Disease.CMML);
        }
        if (lower.contains("myelodysplastic/myeloproliferative")) {
            return Optional.of(Disease.MDS_MPN);
        }
        if (lower.contains("myelodysplastic")
                || Pattern.compile("\\bmds\\b").matcher(lower).find()) {
            return Optional.of(Disease.MDS);
        }
        if (lower.contains("acute myeloid leuk")
                || Pattern.compile("\\baml\\b").matcher(lower).find()) {
            return Optional.of(Disease.AML);
        }
        return CANCER_WORDS.matcher(lower).find() ? Optional.of(Disease.OTHER) : Optional.empty();
    }

    /** The WHO 2022 type stated in the wording (checked in the order of risk-scores.md section 4.1). */
    static Optional<String> who2022FromText(String lower) {
        return WHO_WORDING.stream()
                .filter(e -> e.getKey().matcher(lower).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static Optional<String> who2022FromCodes(String snomed, String icd10) {
        if (snomed != null && SNOMED_WHO.containsKey(snomed)) {
            return Optional.of(SNOMED_WHO.get(snomed));
        }
        return "D46.C".equalsIgnoreCase(icd10) ? Optional.of("MDS-5q") : Optional.empty();
    }
}
