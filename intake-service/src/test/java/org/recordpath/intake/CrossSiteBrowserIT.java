package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * #11 finding 1 as the attack was made: the admin has used the API in this browser (typed the credentials into the
 * Basic prompt, here given in the URL), then opens a hostile page served from another origin (127.0.0.1 on another
 * port, while the service is {@code localhost}) whose {@code <form method=POST enctype=text/plain>} submits itself
 * to the API's assignment endpoint. The assignment must not happen. The same calls from a plain HTTP client (no
 * Origin, no Sec-Fetch-*), as curl makes them, keep working for each verb.
 */
class CrossSiteBrowserIT extends BrowserSupport {
    private HttpServer hostile;
    private static final HttpClient CURL = HttpClient.newHttpClient();
    private UUID patient;
    /** The patient the plain client's calls change (so that they never mix with the attack's target). */
    private UUID other;

    @BeforeAll
    void hostileSite() throws IOException {
        patient = newPatient("Cross-site target");
        other = newPatient("Plain client target");
        hostile = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hostile.createContext("/attack.html", exchange -> {
            byte[] page = ("<!doctype html><html><body>"
                            + "<form id=f method=POST enctype=text/plain action='"
                            + url("/api/admin/patients/" + patient + "/assignments/clinician") + "'>"
                            + "<input type=hidden name='{\"a\":\"' value='\"}'></form>"
                            + "<script>document.getElementById('f').submit()</script></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        hostile.start();
    }

    @AfterAll
    void stopHostileSite() {
        if (hostile != null) {
            hostile.stop(0);
        }
    }

    @Test
    void aHostilePageCannotAssignThroughTheAdminsBrowser() { // #11
        browser.get("http://admin:demo@localhost:" + port + "/api/patients");
        browser.get("http://127.0.0.1:" + hostile.getAddress().getPort() + "/attack.html");
        wait.until(ExpectedConditions.urlContains("/api/admin/patients/"));
        wait.until(d -> !d.findElement(By.tagName("body")).getText().isBlank()); // the API's answer
        screenshot("cross-site-1-after-attack");

        assertThat(browser.getPageSource()).doesNotContain("\"assigned\"");
        assertThat(assignments()).doesNotContain("\"clinician\"");
    }

    @ParameterizedTest(name = "{0} {1} from a client without browser headers → {2}")
    @CsvSource({
        "POST, /api/admin/patients/{other}/assignments/clinician, 200",
        "DELETE, /api/admin/patients/{other}/assignments/clinician, 200",
        "PUT, /api/admin/patients/{other}/assignments/clinician, 405",
        "PATCH, /api/admin/patients/{other}/assignments/clinician, 405",
    })
    void aPlainHttpClientKeepsWorking(String method, String path, int status) throws Exception { // #11
        assertThat(call(method, path, null).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1} with a foreign Origin → 403")
    @CsvSource({
        "POST, /api/admin/patients/{patient}/assignments/clinician",
        "DELETE, /api/admin/patients/{patient}/assignments/clinician",
        "PUT, /api/admin/patients/{patient}/assignments/clinician",
        "PATCH, /api/admin/patients/{patient}/assignments/clinician",
    })
    void aForeignOriginIsRefusedForEveryVerb(String method, String path) throws Exception { // #11
        HttpResponse<String> response =
                call(method, path, "http://127.0.0.1:" + hostile.getAddress().getPort());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("cross-site-request");
        assertThat(assignments()).doesNotContain("\"clinician\"");
    }

    private HttpResponse<String> call(String method, String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url(path.replace("{patient}", "" + patient).replace("{other}", "" + other))))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CURL.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String assignments() {
        return api("admin")
                .get()
                .uri("/api/admin/patients/" + patient + "/assignments")
                .retrieve()
                .body(String.class);
    }
}
