package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.recordpath.guidance.json.ContractJson;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The REST API driven through MockMvc with HTTP Basic, as a client would call it. */
public final class Api {
    public static final String PASSWORD = "demo";
    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public UUID createPatient(String user) throws Exception {
        MvcResult result = mvc.perform(post("/api/patients")
                        .with(httpBasic(user, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Synthetic test patient\"}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asText());
    }

    public MvcResult upload(String user, UUID patientId, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/patients/{id}/documents", patientId)
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .with(httpBasic(user, PASSWORD)))
                .andReturn();
    }

    public UUID uploadAccepted(String user, UUID patientId, Path file) throws Exception {
        MvcResult result = upload(user, patientId, file.getFileName().toString(), Corpus.bytes(file));
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        return UUID.fromString(json(result).get("id").asText());
    }

    public MvcResult get(String user, String path, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
                        .with(httpBasic(user, PASSWORD)))
                .andReturn();
    }

    public JsonNode getJson(String user, String path, Object... vars) throws Exception {
        MvcResult result = get(user, path, vars);
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return json(result);
    }

    /** Polls the document until it is DONE or FAILED. */
    public JsonNode awaitFinished(String user, UUID documentId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode doc = getJson(user, "/api/documents/{id}", documentId);
            if (Set.of("DONE", "FAILED").contains(doc.get("status").asText())) {
                return doc;
            }
            assertThat(System.nanoTime()).as("document finished in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    public MockMvc mvc() {
        return mvc;
    }

    public static JsonNode json(String body) throws Exception {
        return ContractJson.mapper().readTree(body);
    }

    public static JsonNode json(MvcResult result) throws Exception {
        return ContractJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    /**
     * The JSON a value becomes on the wire, read back: compares like {@link #json(MvcResult)}, whereas
     * {@code valueToTree} keeps Java number types (a BigDecimal 8.4 is not equal to the double 8.4 read from text).
     */
    public static JsonNode wire(Object value) throws Exception {
        return ContractJson.mapper().readTree(ContractJson.mapper().writeValueAsBytes(value));
    }
}
