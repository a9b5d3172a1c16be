package org.recordpath.model.karyotype;

/**
 * The named repairs of the tolerant front end (#14). Each turns one way laboratories write karyotypes into ISCN
 * without changing which abnormality is meant; where a string allows several readings, every reading is scored and
 * the string is accepted only when they all give the same IPSS-R category and flags. A repaired karyotype is always
 * flagged for review. The {@link #id()}s are stable: they are printed and stored.
 */
public enum RepairRule {
    OCR("ocr", "unambiguous OCR damage (spaces, braces, O for 0, l/I for 1, 'de1(', a missing final ']')"),
    SURROUNDING_TEXT("surrounding-text", "words without numbers before or after the karyotype ignored"),
    ALTERNATIVE("alternative", "'A or B' read both ways; accepted only when both readings agree"),
    HYPHEN_RANGE("hyphen-range", "hyphen written for the ISCN range tilde (44-47, +1-3mar)"),
    STAR_MULTIPLIER("star-multiplier", "'*2' written for the ISCN multiplier x2"),
    COLON_SEMICOLON("colon-semicolon", "colon written for the semicolon between chromosomes or breakpoints"),
    BAND_HYPHEN("band-hyphen", "hyphen between breakpoints read as an uncertain breakpoint (~) or a breakpoint pair"),
    CELL_COUNT_SUM("cell-count-sum", "a cell count written as a sum ([6+3]) added up"),
    STRAY_SEPARATOR("stray-separator", "an empty field from a doubled or trailing comma or slash removed"),
    IDEM_COMMA("idem-comma", "the missing comma after idem/sl/sdl restored"),
    HETEROMORPHISM("heteromorphism", "heteromorphism written without + or - (9ph, 1qh): a normal variant, not counted"),
    MISSING_MODAL(
            "missing-modal",
            "chromosome number not written: read as near-diploid <2n> (it does not decide the" + " category)"),
    MISSING_SEX(
            "missing-sex",
            "sex chromosomes not written: taken from the other clones or the patient's sex, else"
                    + " read as XX and as XY; both readings must agree"),
    UNBALANCED(
            "unbalanced",
            "one missing or extra parenthesis or bracket restored where exactly one place reads as" + " ISCN"),
    MISSING_BREAKPOINTS(
            "missing-breakpoints", "breakpoints not given: read with every possible arm; all readings" + " must agree"),
    UNCOUNTED_CLONE("uncounted-clone", "a clone without a cell count beside counted ones kept as a clone"),
    SINGLE_X("single-x", "45,X without the patient's sex read as -X and as -Y; both readings must agree"),
    FREE_TEXT("free-text", "free text instead of ISCN read as the category (or range) it states");

    private final String id;
    private final String description;

    RepairRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id, e.g. "hyphen-range". */
    public String id() {
        return id;
    }

    /** What the rule does, in plain words. */
    public String description() {
        return description;
    }

    /** The text recorded in {@code repairs}: "id: detail". */
    String applied(String detail) {
        return id + ": " + detail;
    }
}
