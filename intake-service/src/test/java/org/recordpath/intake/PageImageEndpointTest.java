package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /documents/{id}/pages/{n}}: page images within the pixel limit, refusals in plain words (#11), boxes (#12). */
@IntakeTest
class PageImageEndpointTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Test // #11
    void aPageOfTheLargestPdfSizeIsShownScaledDownToThePixelLimit() throws Exception {
        UUID document = upload("poster.pdf", OversizedPdf.of(14400, 14400));

        MvcResult page = image(document, 1);

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage png =
                ImageIO.read(new ByteArrayInputStream(page.getResponse().getContentAsByteArray()));
        // 200 in a side at 120 dpi would be 576 megapixels; the limit of 50 allows 35 dpi: 7000 × 7000
        assertThat(png.getWidth()).isEqualTo(7000);
        assertThat((long) png.getWidth() * png.getHeight()).isLessThanOrEqualTo(50_000_000L);
    }

    @Test // #11
    void aPageTooLargeForThePixelLimitIsRefusedWith422AndAPlainReason() throws Exception {
        UUID document = upload("absurd.pdf", OversizedPdf.of(100_000, 100_000));

        MvcResult page = image(document, 1);

        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString())
                .contains("too large to show")
                .contains("50 megapixels");
    }

    @Test
    void aPageTheDocumentDoesNotHaveIsNotFound() throws Exception {
        UUID document = upload("letter.pdf", OversizedPdf.of(612, 792));

        assertThat(image(document, 2).getResponse().getStatus()).isEqualTo(404);
    }

    @Test // #12
    void theReviewScreenGivesEachTextLayerFactItsOwnBoxAndThePageWidthsToScaleIt() throws Exception {
        UUID patient = patients.create(accounts.viewer("navigator").orElseThrow(), "Boxes")
                .id();
        UUID document = PageSteps.upload(
                mvc,
                "navigator",
                "NAVIGATOR",
                patient,
                new MockMultipartFile("file", "labs.pdf", "application/pdf", OversizedPdf.of(612, 792)));
        PageSteps.awaitDone(mvc, "navigator", "NAVIGATOR", document);

        String review = mvc.perform(get("/review/documents/{id}", document)
                        .with(user("navigator").roles("NAVIGATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // 8.5 in at the reader's 300 dpi
        assertThat(review).contains("data-page-widths=\"1:2550\"");
        List<int[]> boxes = Pattern.compile("data-box=\"(\\d+),(\\d+),(\\d+),(\\d+)\"")
                .matcher(review)
                .results()
                .map(m -> new int[] {
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))
                })
                .toList();
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(3).hasSize(count(review, "data-fact-id=\""));
        // the lab rows stand 72 pt (300 px) from the left, their baselines 90, 108 and 126 pt (375, 450, 525 px)
        // from the top: every box lies in that band
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b[0]).isBetween(300, 2550);
            assertThat(b[1]).isBetween(300, 525);
            assertThat(b[1] + b[3]).isBetween(300, 540);
        });
        assertThat(review).doesNotContain("data-box-scale");
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private UUID upload(String name, byte[] pdf) throws Exception {
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        return PageSteps.upload(
                mvc, "patient", "PATIENT", patient, new MockMultipartFile("file", name, "application/pdf", pdf));
    }

    private MvcResult image(UUID document, int page) throws Exception {
        return mvc.perform(get("/documents/{id}/pages/{n}", document, page)
                        .with(user("patient").roles("PATIENT")))
                .andReturn();
    }
}
