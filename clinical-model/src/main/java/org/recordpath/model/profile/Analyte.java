package org.recordpath.model.profile;

/** The labs of the profile contract with their canonical UCUM units. */
public enum Analyte {
    HEMOGLOBIN("hemoglobin", "g/dL"),
    PLATELETS("platelets", "10*9/L"),
    ANC("anc", "10*9/L"),
    WBC("wbc", "10*9/L"),
    MCV("mcv", "fL"),
    BM_BLASTS("bmBlasts", "%"),
    PB_BLASTS("pbBlasts", "%"),
    RING_SIDEROBLASTS("ringSideroblasts", "%"),
    SERUM_EPO("serumEpo", "m[IU]/mL"),
    FERRITIN("ferritin", "ng/mL"),
    CREATININE_CLEARANCE("creatinineClearance", "mL/min");

    private final String key;
    private final String canonicalUnit;

    Analyte(String key, String canonicalUnit) {
        this.key = key;
        this.canonicalUnit = canonicalUnit;
    }

    /** The key under {@code labs} in the contract, e.g. {@code bmBlasts}. */
    public String key() {
        return key;
    }

    /** The contract path of this lab, e.g. {@code labs.bmBlasts}. */
    public String path() {
        return "labs." + key;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }

    public static java.util.Optional<Analyte> byKey(String key) {
        for (Analyte a : values()) {
            if (a.key.equals(key)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
