package org.recordpath.intake.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.recordpath.guidance.json.ContractJson;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes (and reads) the contract types of clinical-model and guidance-engine with {@link ContractJson#mapper()},
 * so the REST API speaks exactly the JSON of the CLI. Spring's own (Jackson 3) converter handles everything else.
 */
class ContractJsonConverter extends AbstractHttpMessageConverter<Object> {
    private static final List<String> CONTRACT_PACKAGES = List.of("org.recordpath.model", "org.recordpath.guidance");

    private final ObjectMapper mapper = ContractJson.mapper();

    ContractJsonConverter() {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        String name = clazz.getName();
        return CONTRACT_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."));
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        try {
            return mapper.readValue(input.getBody(), clazz);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpMessageNotReadableException("not contract JSON", e, input);
        }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        output.getBody().write(mapper.writeValueAsBytes(value));
    }
}
