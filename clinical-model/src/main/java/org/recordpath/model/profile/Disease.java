package org.recordpath.model.profile;

/** The disease a record is about; {@link #toString()} is the contract's spelling. */
public enum Disease {
    MDS("MDS"),
    CMML("CMML"),
    AML("AML"),
    MDS_MPN("MDS/MPN"),
    OTHER("other");

    private final String label;

    Disease(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
