package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * #11: one request for the image of a 14400 × 14400 pt page took the service from 0.8 to 4.2 GB of heap, three at once
 * ended in OutOfMemoryError. Tagged {@code small-heap}, it runs in its own failsafe execution with {@code -Xmx512m} (intake-service's pom)
 * and sends ten such requests at once: each answers with the image or 503 with {@code Retry-After}, and the service
 * stays healthy.
 */
@Tag("small-heap")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"recordpath.jobs.workers=1", "recordpath.jobs.poll-interval=300ms"})
class PageImageMemoryIT {
    private static final int REQUESTS = 10;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshSchema(registry);
    }

    @Test
    void tenConcurrentRequestsForAnOversizedPageImageLeaveTheServiceHealthy() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test runs under a 512 MB heap")
                .isLessThanOrEqualTo(512L * 1024 * 1024);
        ServiceClient api = new ServiceClient(port);
        UUID patient = api.newPatient("navigator", "Oversized page");
        UUID document = api.accepted("navigator", patient, OversizedPdf.of(14400, 14400), "poster.pdf");
        assertThat(api.awaitFinished("navigator", document, Duration.ofMinutes(2))
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
        HttpClient browser = signedIn("navigator");

        List<HttpResponse<byte[]>> answers = IntStream.range(0, REQUESTS)
                .mapToObj(i -> browser.sendAsync(
                        get("/documents/" + document + "/pages/1"), HttpResponse.BodyHandlers.ofByteArray()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        System.out.println("#11 ten concurrent page images under -Xmx512m: statuses " + statuses);
        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 503);
        assertThat(statuses.get(200)).as("statuses %s", statuses).isPositive();
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 503)
                .allSatisfy(
                        a -> assertThat(a.headers().firstValue("Retry-After")).isPresent());
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 200)
                .allSatisfy(a -> assertThat(a.body()).startsWith(0x89, 'P', 'N', 'G'));
        HttpResponse<String> health = HttpClient.newHttpClient().send(get("/actuator/health"), ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(api.get("navigator", "/api/documents/" + document).status()).isEqualTo(200);
        assertThat(browser.send(get("/documents/" + document + "/pages/1"), HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode())
                .as("a page image once the others are done")
                .isEqualTo(200);
    }

    /** A browser-like client signed in through the login form (session cookie and CSRF token). */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = client.send(get("/login"), ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form =
                "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMinutes(2))
                .GET()
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
