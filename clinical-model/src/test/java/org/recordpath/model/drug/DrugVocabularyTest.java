package org.recordpath.model.drug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** #10: treatment names as written in records map to the generic of pathways.md section 3.1. */
class DrugVocabularyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Revlimid|lenalidomide",
                "revlimid|lenalidomide",
                "Inqovi|decitabine-cedazuridine",
                "decitabine and cedazuridine|decitabine-cedazuridine",
                "Aranesp|darbepoetin alfa",
                "Procrit|epoetin alfa",
                "Retacrit|epoetin alfa",
                "EPO|epoetin alfa",
                "Vidaza|azacitidine",
                "Azacitidine (Vidaza)|azacitidine",
                "oral azacitidine (Onureg)|azacitidine",
                "Dacogen|decitabine",
                "Reblozyl|luspatercept",
                "luspatercept-aamt|luspatercept",
                "ATGAM|anti-thymocyte globulin, equine",
                "Neupogen|filgrastim"
            })
    void namesTheGeneric(String written, String generic) {
        assertThat(DrugVocabulary.normalise(written))
                .map(DrugVocabulary.Drug::generic)
                .contains(generic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zorbex", "", "  ", "lenalidomide with epoetin alfa"})
    void leavesUnknownOrAmbiguousNamesUnresolved(String written) {
        assertThat(DrugVocabulary.normalise(written)).isEmpty();
    }

    @Test
    void carriesTheVerifiedRxNormIngredientCodes() {
        assertThat(DrugVocabulary.normalise("Revlimid"))
                .map(DrugVocabulary.Drug::rxnorm)
                .contains("342369");
        assertThat(DrugVocabulary.normalise("Reblozyl"))
                .map(DrugVocabulary.Drug::rxnorm)
                .isEmpty();
        assertThat(DrugVocabulary.normalise((String) null)).isEmpty();
        assertThat(DrugVocabulary.drugs()).hasSizeGreaterThan(20);
    }
}
