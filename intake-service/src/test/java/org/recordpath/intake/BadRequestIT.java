package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * #11 finding 6: requests the client got wrong are 400, never 500, over real HTTP (Tomcat parses the multipart body),
 * and each is logged in one line without a stack trace: a multipart body without a boundary, and a file name with a
 * NUL (stored without it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadRequestIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    org.recordpath.intake.accounts.Accounts accounts;

    @Test
    void aMultipartBodyWithoutABoundaryIs400InOneLogLine(CapturedOutput output) throws Exception { // #11
        HttpResponse<String> response = send(HttpRequest.newBuilder(uploadUri())
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n\r\nbody\r\n--x--\r\n")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("https://recordpath.org/problems/bad-request");
        assertOneLogLine(output, response);
    }

    @Test
    void aFileNameWithANulIsNeverA500() throws Exception { // #11
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report\u0000.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf")));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uploadUri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(response.statusCode()).isIn(202, 400);
        if (response.statusCode() == 202) {
            String id = Api.json(response.body()).get("id").asText();
            HttpResponse<String> view = send(HttpRequest.newBuilder(URI.create(base() + "/api/documents/" + id)));
            assertThat(Api.json(view.body()).get("name").asText()).isEqualTo("report.pdf");
        }
    }

    private void assertOneLogLine(CapturedOutput output, HttpResponse<String> response) {
        String correlation = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(output.getAll().lines().filter(l -> l.contains(correlation)))
                .as("log lines naming the request")
                .hasSize(1);
        assertThat(output.getAll()).doesNotContain("\tat org.apache.tomcat");
    }

    private URI uploadUri() {
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        return URI.create(base() + "/api/patients/" + patient + "/documents");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
