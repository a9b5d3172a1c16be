package org.recordpath.intake.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.json.ContractJson;

/**
 * How one page of a document was read.
 *
 * @param method TEXT_LAYER, OCR, FHIR, PLAIN_TEXT or MANUAL
 * @param confidence mean OCR confidence 0..1 (1 for a text layer)
 * @param characters how many characters were read from the page
 */
public record PageView(int page, String method, double confidence, int characters) {
    private static final TypeReference<List<PageView>> LIST = new TypeReference<>() {};

    public PageView {
        Objects.requireNonNull(method, "method");
    }

    /** The stored form (the document row's pages column). */
    public static String toJson(List<PageView> pages) {
        try {
            return ContractJson.mapper().writeValueAsString(pages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page list could not be written", e);
        }
    }

    static List<PageView> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return ContractJson.mapper().readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored page list is not readable", e);
        }
    }
}
