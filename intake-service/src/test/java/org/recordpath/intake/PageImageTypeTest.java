package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** #11 finding 6: the page image of a PNG uploaded under a {@code .pdf} name is the PNG (its sniffed type wins). */
@IntakeTest
class PageImageTypeTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Documents documents;

    @Test
    void aPngNamedPdfIsServedAsItsPng() throws Exception { // #11
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        byte[] png = png("Hemoglobin 9.1 g/dL " + UUID.randomUUID());
        UUID document = documents
                .upload(admin, patient, "scan.pdf", new ByteArrayInputStream(png))
                .id();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Set.of("DONE", "FAILED")
                .contains(documents.view(admin, document).status().name())) {
            assertThat(System.nanoTime()).as("document read in time").isLessThan(deadline);
            Thread.sleep(100);
        }

        MvcResult result = mvc.perform(get("/documents/{id}/pages/1", document)
                        .with(user("admin").roles("ADMIN")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(png);
    }

    private static byte[] png(String text) throws Exception {
        BufferedImage image = new BufferedImage(900, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString(text, 20, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
