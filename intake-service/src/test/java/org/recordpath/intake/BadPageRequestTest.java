package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** #11 finding 6: a malformed id in a page URL is 400 (not 500), logged in one line without a stack trace. */
@IntakeTest
@ExtendWith(OutputCaptureExtension.class)
class BadPageRequestTest {
    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} {1} → 400")
    @CsvSource({
        "GET, /patients/not-a-uuid",
        "GET, /patients/not-a-uuid/summary",
        "GET, /patients/not-a-uuid/fhir",
        "GET, /documents/not-a-uuid/pages/1",
        "GET, /documents/00000000-0000-0000-0000-000000000001/pages/one",
        "GET, /documents/not-a-uuid/status",
        "GET, /review/documents/not-a-uuid",
        "GET, /review/documents/not-a-uuid/regression-case",
        "POST, /review/documents/not-a-uuid/facts/1",
        "POST, /review/documents/00000000-0000-0000-0000-000000000001/facts/x",
        "POST, /documents/not-a-uuid/rerun",
        "POST, /admin/patients/not-a-uuid/assignments"
    })
    void aMalformedIdInAPageUrlIs400InOneLogLine(String method, String path, CapturedOutput output)
            throws Exception { // #11
        MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path)
                        .param("action", "CONFIRMED")
                        .param("username", "navigator")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        String correlation = result.getResponse().getHeader("X-Correlation-Id");
        assertThat(output.getAll().lines().filter(l -> l.contains(correlation)))
                .as("log lines naming the request")
                .hasSize(1)
                .allMatch(l -> l.contains("bad request " + method + " " + path));
        assertThat(output.getAll()).doesNotContain("MethodArgumentTypeMismatchException: ");
    }
}
