package org.recordpath.guidance.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one diagnosis field says, from the vocabularies of pathways.md sections 3.3 and 3.5: MDS, one of the
 * neighbours that gate G1 sends elsewhere (CMML, MDS/MPN, AML, a clonal cytopenia that is not MDS, another cancer),
 * or nothing recognisable (null).
 */
final class DiagnosisTerms {
    static final String MDS = "MDS";
    private static final Pattern CMML = Pattern.compile("\\bCMML|CHRONIC MYELOMONOCYTIC");
    private static final Pattern MDS_MPN = Pattern.compile(
            "MDS ?[/-] ?MPN|MYELODYSPLASTIC ?/ ?MYELOPROLIFERATIVE|RS-T\\b|SF3B1-T\\b|\\bACML\\b|ATYPICAL CHRONIC"
                    + " MYELOID|\\bJMML\\b|JUVENILE MYELOMONOCYTIC");
    private static final Pattern AML = Pattern.compile("\\bAML\\b|ACUTE MYELO|ACUTE LEUK|\\bRAEB-T\\b|\\bRAEBT\\b");
    private static final Pattern NOT_MDS = Pattern.compile("\\bCHIP\\b|\\bCCUS\\b|\\bICUS\\b|\\bIDUS\\b|APLASTIC");
    private static final Pattern IS_MDS = Pattern.compile(
            "\\bMDS|MYELODYSPLAS|REFRACTORY (ANEMIA|ANAEMIA|CYTOPENIA|NEUTROPENIA|THROMBOCYTOPENIA)|\\bRAEB"
                    + "|\\bRCMD|\\bRARS|\\bRCUD|5Q- SYNDROME|5Q MINUS SYNDROME");

    private DiagnosisTerms() {}

    /** The disease a written type (WHO, ICC or as stated) names: MDS, CMML, MDS/MPN, AML, "not MDS", or null. */
    static String ofType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.toUpperCase(Locale.ROOT).trim();
        if (t.contains("MDS/AML") || t.contains("MDS-AML")) {
            return MDS;
        }
        if (CMML.matcher(t).find()) {
            return "CMML";
        }
        if (MDS_MPN.matcher(t).find()) {
            return "MDS/MPN";
        }
        if (AML.matcher(t).find()) {
            return "AML";
        }
        if (NOT_MDS.matcher(t).find()) {
            return "not MDS";
        }
        return IS_MDS.matcher(t).find() ? MDS : null;
    }

    /** The disease an ICD-10 / ICD-10-CM code names (pathways.md section 3.3); null when not decisive (C94.6). */
    static String ofIcd10(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.toUpperCase(Locale.ROOT).replace(".", "").trim();
        if (c.startsWith("D46")) {
            return MDS;
        }
        if (c.startsWith("C931")) {
            return "CMML";
        }
        if (c.startsWith("C922") || c.startsWith("C933")) {
            return "MDS/MPN";
        }
        if (c.startsWith("C946")) {
            return null;
        }
        if (c.startsWith("C92") && !c.startsWith("C921")
                || c.startsWith("C930")
                || c.startsWith("C940")
                || c.startsWith("C942")) {
            return "AML";
        }
        if (c.matches("C\\d.*") || c.startsWith("D47") || c.startsWith("D61") || c.startsWith("D75")) {
            return "not MDS";
        }
        return null;
    }
}
