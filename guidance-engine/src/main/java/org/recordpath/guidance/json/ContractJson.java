package org.recordpath.guidance.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Span;

/**
 * The one place that knows how the contract looks in JSON: dates as ISO strings, enums by their contract spelling
 * ({@code toString()}), spans as {@code [start, end]}, boxes as {@code [x, y, w, h]}, fact values tagged by
 * {@code type}, unknown values written as {@code null}. The clinical-model records carry no annotations; the
 * shapes are attached here as mix-ins.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = build();

    private ContractJson() {}

    /** A shared, configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .addMixIn(Span.class, AsArray.class)
                .addMixIn(Box.class, AsArray.class)
                .addMixIn(FactValue.class, FactValueTypes.class)
                .build();
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    private interface AsArray {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FactValue.Measured.class, name = "measured"),
        @JsonSubTypes.Type(value = FactValue.Text.class, name = "text"),
        @JsonSubTypes.Type(value = FactValue.Flag.class, name = "flag"),
        @JsonSubTypes.Type(value = FactValue.Variant.class, name = "variant"),
        @JsonSubTypes.Type(value = FactValue.Course.class, name = "course"),
        @JsonSubTypes.Type(value = FactValue.Cytogenetics.class, name = "cytogenetics"),
        @JsonSubTypes.Type(value = FactValue.Score.class, name = "score")
    })
    private interface FactValueTypes {}
}
