package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile and broken uploads (issue #7): each one gets a clear answer (4xx at upload when it can be known then,
 * else the document ends FAILED with a plain reason), and none of them crashes the service, blocks the workers or
 * touches other data: a good corpus PDF uploaded after the batch still ends DONE and the earlier documents are
 * intact. The application runs on a random port against a real PostgreSQL ({@link TestPostgres}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=2MB",
            "spring.servlet.multipart.max-request-size=2MB",
            "server.tomcat.max-swallow-size=1MB",
            "recordpath.jobs.workers=2",
            "recordpath.jobs.poll-interval=200ms"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadIT {
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(4);
    private static final String NAVIGATOR = "navigator";
    /** Words of a Java stack trace or exception that a patient must never read as a reason. */
    private static final Pattern STACK_TRACE_WORDS = Pattern.compile(
            "(?i)exception|\\bjava\\.|\\borg\\.|\\.java:|\\bat [a-z]+\\.|stack ?trace|\\bnull\\b|NPE|SAX|EOF");

    @LocalServerPort
    int port;

    ServiceClient api;
    UUID patient;
    UUID otherPatient;
    UUID diabetesPatient;
    final Map<String, UUID> uploaded = new LinkedHashMap<>();
    final Map<String, JsonNode> finished = new LinkedHashMap<>();

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.Server server = TestPostgres.server();
        String schema = TestPostgres.freshSchema();
        registry.add("spring.datasource.url", () -> server.url(schema));
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("recordpath.data-dir", () -> "target/it-data/" + schema);
    }

    @BeforeAll
    void uploadTheHostileBatchAndWaitForIt() throws Exception {
        api = new ServiceClient(port);
        patient = api.newPatient(NAVIGATOR, "Hostile uploads");
        otherPatient = api.newPatient(NAVIGATOR, "German record");
        diabetesPatient = api.newPatient(NAVIGATOR, "Type 2 diabetes record");

        // a good document first, so that we can see it is still intact after the batch
        uploaded.put(
                "good-before",
                api.accepted(NAVIGATOR, patient, Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf")), "bm.pdf"));
        byte[] good = Corpus.bytes(Corpus.dev("D001", "BM_Biopsy_Report.pdf"));
        uploaded.put(
                "truncated", api.accepted(NAVIGATOR, patient, Arrays.copyOf(good, good.length / 2), "truncated.pdf"));
        uploaded.put("corrupt", api.accepted(NAVIGATOR, patient, corruptPdf(), "corrupt.pdf"));
        uploaded.put(
                "user-password",
                api.accepted(NAVIGATOR, patient, encryptedPdf("secret-user", "secret-owner"), "locked.pdf"));
        uploaded.put(
                "owner-password", api.accepted(NAVIGATOR, patient, encryptedPdf("", "secret-owner"), "owner-only.pdf"));
        uploaded.put("image-as-pdf", api.accepted(NAVIGATOR, patient, png(400, 200), "photo.pdf"));
        uploaded.put(
                "html-as-pdf",
                api.accepted(
                        NAVIGATOR,
                        patient,
                        "<!DOCTYPE html><html><body><script>alert(1)</script>Lab</body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "page.pdf"));
        uploaded.put(
                "script-as-pdf",
                api.accepted(
                        NAVIGATOR,
                        patient,
                        "#!/bin/sh\nrm -rf / --no-preserve-root\n".getBytes(StandardCharsets.UTF_8),
                        "run.pdf"));
        uploaded.put("too-many-pages", api.accepted(NAVIGATOR, patient, blankPdf(501), "long.pdf"));
        uploaded.put("png-bomb", api.accepted(NAVIGATOR, patient, pngHeader(100_000, 100_000), "bomb.png"));
        uploaded.put("deep-json", api.accepted(NAVIGATOR, patient, deepJson(5000), "bundle.json"));
        uploaded.put("xxe", api.accepted(NAVIGATOR, patient, xxeBundle(), "bundle.xml"));
        uploaded.put(
                "traversal",
                api.accepted(
                        NAVIGATOR, patient, textPdf("Clinic letter", "Nothing to report."), "../../etc/passwd.pdf"));
        uploaded.put(
                "control-chars",
                api.accepted(
                        NAVIGATOR,
                        patient,
                        textPdf("Clinic letter", "Nothing to report."),
                        "re\u0007po\u0001rt\u202Efdp.exe.pdf"));
        uploaded.put(
                "german",
                api.accepted(
                        NAVIGATOR,
                        otherPatient,
                        textPdf(
                                "Arztbrief",
                                "Sehr geehrte Kollegin, wir berichten über Ihre Patientin.",
                                "Röntgen Kniegelenk links: keine Fraktur, geringe Arthrose.",
                                "Empfehlung: Physiotherapie zweimal wöchentlich, Kontrolle in sechs Wochen."),
                        "arztbrief.pdf"));
        uploaded.put(
                "diabetes",
                api.accepted(
                        NAVIGATOR,
                        diabetesPatient,
                        textPdf(
                                "Endocrinology clinic letter",
                                "Diagnosis: Type 2 diabetes mellitus, diagnosed 2019.",
                                "HbA1c 8.2 %. Fasting glucose 160 mg/dL. Creatinine 0.9 mg/dL.",
                                "Treatment: metformin 1000 mg twice daily; start empagliflozin 10 mg daily.",
                                "Plan: review in three months."),
                        "diabetes-letter.pdf"));
        for (Map.Entry<String, UUID> e : uploaded.entrySet()) {
            finished.put(e.getKey(), api.awaitFinished(NAVIGATOR, e.getValue(), PROCESSING_TIMEOUT));
        }
        // after the batch: a good document for the same patient is still read
        UUID after = api.accepted(
                NAVIGATOR, patient, Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf")), "after.pdf");
        finished.put("good-after", api.awaitFinished(NAVIGATOR, after, PROCESSING_TIMEOUT));
        for (Map.Entry<String, JsonNode> e : finished.entrySet()) {
            System.out.printf(
                    "hostile %-15s %-7s %s | %s%n",
                    e.getKey(),
                    e.getValue().path("status").asText(),
                    e.getValue().path("name").asText(),
                    e.getValue().path("reason").asText());
        }
    }

    @Test
    void anEmptyFileIsRefusedAtUpload() {
        ServiceClient.Response response = api.upload(NAVIGATOR, patient, new byte[0], "empty.pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("https://recordpath.org/problems/rejected-upload");
        assertThat(response.json().get("detail").asText()).contains("empty");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedWhileStreamingWith413() {
        ServiceClient.Response response = api.upload(NAVIGATOR, patient, new byte[3 * 1024 * 1024], "huge.pdf");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).isEqualTo("https://recordpath.org/problems/too-large");
    }

    @Test
    void damagedPdfsFailWithAPlainReason() {
        assertFailed("truncated", "incomplete");
        assertFailed("corrupt", "damaged");
    }

    @Test
    void aPdfLockedWithAUserPasswordAsksForAnUnlockedCopy() {
        assertFailed("user-password", "password");
        assertThat(finished.get("user-password").get("reason").asText()).containsIgnoringCase("unlocked");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() {
        JsonNode doc = finished.get("owner-password");

        assertThat(doc.get("status").asText()).isEqualTo("DONE");
        assertThat(doc.get("pages").findValuesAsText("method")).containsOnly("TEXT_LAYER");
    }

    @Test
    void anImageNamedPdfIsReadAsTheImageItIs() {
        JsonNode doc = finished.get("image-as-pdf");

        assertThat(doc.get("status").asText()).as(doc.toString()).isEqualTo("DONE");
        assertThat(doc.get("contentType").asText()).isEqualTo("image/png");
    }

    @Test
    void webPagesAndScriptsNamedPdfAreRefused() {
        assertFailed("html-as-pdf", "web page");
        assertFailed("script-as-pdf", "script");
    }

    @Test
    void aPdfOverThePageLimitIsRefusedWithTheCount() {
        assertFailed("too-many-pages", "501");
    }

    @Test
    void aPngDeclaringADecompressionBombIsRefusedBeforeDecoding() {
        assertFailed("png-bomb", "pixels");
    }

    @Test
    void jsonNested5000LevelsFailsWithAPlainReason() {
        assertFailed("deep-json", "");
    }

    @Test
    void fhirXmlWithAnExternalEntityNeverReadsTheEntity() {
        JsonNode doc = finished.get("xxe");
        assertThat(doc.toString()).doesNotContain("root:x:0:0");
        assertThat(api.get(NAVIGATOR, "/api/patients/" + patient + "/profile").body())
                .doesNotContain("root:x:0:0")
                .doesNotContain("/bin/bash");
        assertFailed("xxe", "");
    }

    @Test
    void fileNamesWithPathTraversalOrControlCharactersAreStoredSafely() throws IOException {
        JsonNode traversal = finished.get("traversal");
        JsonNode control = finished.get("control-chars");

        assertThat(traversal.get("status").asText()).isEqualTo("DONE");
        assertThat(traversal.get("name").asText()).isEqualTo("passwd.pdf");
        assertThat(control.get("status").asText()).isEqualTo("DONE");
        assertThat(control.get("name").asText())
                .doesNotContain("\u0007")
                .doesNotContain("\u0001")
                .doesNotContain("\u202E")
                .doesNotContain("/")
                .endsWith(".pdf");
        // stored under the data folder by id; nothing was written next to it or above it
        try (Stream<Path> files = Files.walk(Path.of("target/it-data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("passwd"));
        }
    }

    @Test
    void aRecordInAnotherLanguageIsReadWithoutInventingMdsFacts() {
        JsonNode doc = finished.get("german");
        assertThat(doc.get("status").asText()).isEqualTo("DONE");

        JsonNode profile =
                api.get(NAVIGATOR, "/api/patients/" + otherPatient + "/profile").json();
        assertNoMdsFacts(profile);
    }

    @Test
    void aRecordOfAnotherDiseaseIsReadAndNoMdsPathwayMatches() {
        JsonNode doc = finished.get("diabetes");
        assertThat(doc.get("status").asText()).isEqualTo("DONE");

        JsonNode profile = api.get(NAVIGATOR, "/api/patients/" + diabetesPatient + "/profile")
                .json();
        assertNoMdsFacts(profile);
        ServiceClient.Response guidance = api.get(NAVIGATOR, "/api/patients/" + diabetesPatient + "/guidance");
        assertThat(guidance.status()).isEqualTo(200);
        JsonNode json = guidance.json();
        // no MDS pathway is a match: nothing of the letter is taken for an MDS diagnosis, so the pathways stay
        // undecided on the diagnosis and the first question asks what the diagnosis is
        assertThat(json.path("pathways").size()).isPositive();
        assertThat(matchedPathways(json)).as(guidance.body()).isEmpty();
        assertThat(json.path("pathways").findValuesAsText("why"))
                .anyMatch(why -> why.contains("diagnosis not recorded"));
        assertThat(json.path("questions").findValuesAsText("key")).contains("Q-DIAG");
        assertThat(json.path("riskGroup").asText()).isEqualTo("unknown");
    }

    @Test
    void afterTheBatchAGoodDocumentIsReadAndEarlierDocumentsAreIntact() {
        JsonNode before = finished.get("good-before");
        JsonNode after = finished.get("good-after");
        assertThat(before.get("status").asText()).isEqualTo("DONE");
        assertThat(after.get("status").asText()).isEqualTo("DONE");
        assertThat(after.get("pages")).hasSize(before.get("pages").size());

        for (Map.Entry<String, UUID> e : uploaded.entrySet()) {
            JsonNode now = api.get(NAVIGATOR, "/api/documents/" + e.getValue()).json();
            JsonNode then = finished.get(e.getKey());
            assertThat(now.get("status").asText())
                    .as(e.getKey())
                    .isEqualTo(then.get("status").asText());
            assertThat(now.get("sha256").asText())
                    .as(e.getKey())
                    .isEqualTo(then.get("sha256").asText());
            assertThat(now.get("size").asLong())
                    .as(e.getKey())
                    .isEqualTo(then.get("size").asLong());
        }
        JsonNode profile =
                api.get(NAVIGATOR, "/api/patients/" + patient + "/profile").json();
        assertThat(profile.at("/labs/bmBlasts/value").decimalValue()).isEqualByComparingTo("2");
        ServiceClient.Response health = api.get(NAVIGATOR, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
    }

    private void assertFailed(String key, String reasonWords) {
        JsonNode doc = finished.get(key);
        assertThat(doc.get("status").asText()).as(key + ": " + doc).isEqualTo("FAILED");
        String reason = doc.get("reason").asText();
        assertThat(reason).as(key).isNotBlank().containsIgnoringCase(reasonWords);
        assertThat(STACK_TRACE_WORDS.matcher(reason).find())
                .as(key + " reason has no stack-trace words: " + reason)
                .isFalse();
    }

    private static void assertNoMdsFacts(JsonNode profile) {
        String text = profile.toString();
        for (String field : List.of("hemoglobin", "platelets", "anc", "bmBlasts", "serumEpo")) {
            assertThat(profile.at("/labs/" + field + "/value").isMissingNode()
                            || profile.at("/labs/" + field + "/value").isNull())
                    .as(field + " in " + text)
                    .isTrue();
        }
        assertThat(profile.at("/karyotype/iscn").asText("")).as(text).isEmpty();
        assertThat(profile.path("mutations").size()).as(text).isZero();
    }

    private static List<String> matchedPathways(JsonNode guidance) {
        List<String> matched = new java.util.ArrayList<>();
        for (JsonNode pathway : guidance.path("pathways")) {
            if ("MATCH".equals(pathway.path("status").asText())) {
                matched.add(pathway.path("id").asText());
            }
        }
        return matched;
    }

    // ---- inputs, all generated here ----

    private static byte[] corruptPdf() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        byte[] head =
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static byte[] textPdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(60, 760);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf(String userPassword, String ownerPassword) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 760);
                content.showText("Clinic letter: nothing to report.");
                content.endText();
            }
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG signature and an IHDR chunk declaring the size; no image data follows. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(raw);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[17];
        System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
        ByteBuffer.wrap(ihdr, 4, 13).putInt(width).putInt(height).put((byte) 8).put((byte) 0);
        out.writeInt(13);
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.writeInt((int) crc.getValue());
        out.flush();
        return raw.toByteArray();
    }

    private static byte[] deepJson(int depth) {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":");
        json.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xxeBundle() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE Bundle [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource>"
                        + "<Observation><status value=\"final\"/><code><text value=\"&xxe;\"/></code>"
                        + "<valueString value=\"&xxe;\"/></Observation></resource></entry></Bundle>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
