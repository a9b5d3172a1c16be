package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.recordpath.guidance.json.ContractJson;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The API of the application on a port, as the demo accounts (password {@code demo}) call it with HTTP Basic. */
final class ServiceClient {
    private final int port;

    ServiceClient(int port) {
        this.port = port;
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return ContractJson.mapper().readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Response call(String user, String method, String path, String json) {
        RestClient.RequestBodySpec request =
                client(user).method(HttpMethod.valueOf(method)).uri(path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, res) -> new Response(
                res.getStatusCode().value(), new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    Response get(String user, String path) {
        return call(user, "GET", path, null);
    }

    UUID newPatient(String user, String displayName) {
        Response created = call(user, "POST", "/api/patients", "{\"displayName\":\"" + displayName + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    /** A multipart upload of the bytes under the given file name. */
    Response upload(String user, UUID patient, byte[] bytes, String name) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", named(bytes, name));
        return client(user)
                .post()
                .uri("/api/patients/" + patient + "/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((req, res) -> new Response(
                        res.getStatusCode().value(), new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** The upload, which must be accepted (202); its document id. */
    UUID accepted(String user, UUID patient, byte[] bytes, String name) {
        Response response = upload(user, patient, bytes, name);
        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(202);
        return UUID.fromString(response.json().get("id").asText());
    }

    /** The document view once it is DONE or FAILED; fails the test when that takes longer than the timeout. */
    JsonNode awaitFinished(String user, UUID document, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Response response = get(user, "/api/documents/" + document);
            assertThat(response.status()).isEqualTo(200);
            JsonNode json = response.json();
            if (Set.of("DONE", "FAILED").contains(json.get("status").asText())) {
                return json;
            }
            assertThat(System.nanoTime())
                    .as("document %s finished within %s", document, timeout)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private RestClient client(String user) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .build();
    }

    private static Resource named(byte[] bytes, String name) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
