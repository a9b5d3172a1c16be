package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Steps the pages tests share: a page-side upload (session + CSRF) and waiting until the document is read. */
final class PageSteps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSteps() {}

    /** Uploads through {@code POST /patients/{id}/uploads} as the user; asserts 202 and returns the document id. */
    static UUID upload(MockMvc mvc, String name, String role, UUID patient, MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(multipart("/patients/{id}/uploads", patient)
                        .file(file)
                        .with(user(name).roles(role))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        return UUID.fromString(JSON.readTree(result.getResponse().getContentAsString())
                .get("id")
                .asText());
    }

    /** Polls {@code GET /documents/{id}/status} until the document is no longer queued or being read (60 s). */
    static JsonNode awaitDone(MockMvc mvc, String name, String role, UUID document) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode status = JSON.readTree(mvc.perform(get("/documents/{id}/status", document)
                            .with(user(name).roles(role)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (!status.get("status").asText().matches("QUEUED|PROCESSING")) {
                return status;
            }
            assertThat(System.nanoTime()).as("document read in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
