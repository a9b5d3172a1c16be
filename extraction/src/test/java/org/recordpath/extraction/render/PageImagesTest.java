package org.recordpath.extraction.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.read.ReaderSettings;

class PageImagesTest {
    private static final ReaderSettings READER = ReaderSettings.defaults();

    @TempDir
    Path dir;

    private final PageImages images = new PageImages(READER, RenderSettings.defaults());

    @Test
    void aLetterPageIsRenderedAt120DpiAndItsBoxesAreAt300Dpi() throws Exception {
        SourceDocument pdf = pdf("letter.pdf", PDRectangle.LETTER, 2);

        PageImage image = images.render(pdf, 2);

        // 8.5 × 11 in: 1020 × 1320 pixels at 120 dpi, 2550 × 3300 at the reader's 300 dpi
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.pageCount()).isEqualTo(2);
        assertThat(decoded(image))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(1020, 1320);
        assertThat(image.width()).isEqualTo(1020);
        assertThat(image.boxScale()).isEqualTo(0.4);
        assertThat(images.sizes(pdf)).containsExactly(new PageSize(1, 2550, 3300), new PageSize(2, 2550, 3300));
    }

    @Test // #11
    void aPageOfTheLargestPdfSizeIsRenderedWithinThePixelLimitOfTheReader() throws Exception {
        SourceDocument pdf = pdf("huge.pdf", new PDRectangle(14400, 14400), 1);

        PageImage image = images.render(pdf, 1);

        // 200 × 200 in: 50 megapixels allow sqrt(50e6 / 40000) = 35.36 dpi, so 35 dpi and 7000 × 7000 pixels
        BufferedImage png = decoded(image);
        assertThat((long) png.getWidth() * png.getHeight()).isLessThanOrEqualTo(READER.maxPixels());
        assertThat(png.getWidth()).isEqualTo(7000);
        assertThat(image.boxScale()).isEqualTo(35 / 300.0);
    }

    @Test // #11
    void aPageThatDoesNotFitThePixelLimitEvenAtTheLowestResolutionIsRefusedWithAReason() throws Exception {
        // 100000 pt = 1389 in: 50 megapixels allow only 5 dpi
        SourceDocument pdf = pdf("absurd.pdf", new PDRectangle(100_000, 100_000), 1);

        assertThatThrownBy(() -> images.render(pdf, 1))
                .isInstanceOf(PageTooLargeException.class)
                .hasMessageContaining("too large to show")
                .hasMessageContaining("50 megapixels");
    }

    @Test // #11
    void aRenderWaitsForRoomInThePixelBudgetAndGivesUpAfterTheWait() throws Exception {
        PageImages small = new PageImages(READER, new RenderSettings(120, 2, Duration.ofMillis(200)));
        SourceDocument pdf = pdf("letter.pdf", PDRectangle.LETTER, 1);
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<PageImages.Encoded> holder = CompletableFuture.supplyAsync(() -> {
            try {
                return small.encoded(2_000_000, () -> {
                    drawing.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(drawing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> small.render(pdf, 1))
                .isInstanceOf(RenderBusyException.class)
                .satisfies(
                        e -> assertThat(((RenderBusyException) e).retryAfter()).isPositive());
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(small.render(pdf, 1).width()).isEqualTo(1020);
    }

    @Test
    void anUploadedImageIsShownAsItIsWhateverItsName() throws Exception {
        Path file = dir.resolve("scan.pdf"); // the name lies: the content decides
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        SourceDocument png = new SourceDocument("d1", "scan.pdf", file);

        PageImage image = images.render(png, 1);

        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(image.boxScale()).isEqualTo(1.0);
        assertThat(images.sizes(png)).containsExactly(new PageSize(1, 640, 480));
        assertThatThrownBy(() -> images.render(png, 2)).isInstanceOf(NoPageImageException.class);
    }

    @Test
    void aTextFileAndAMissingPageHaveNoImage() throws Exception {
        Path text = Files.writeString(dir.resolve("note.txt"), "Hemoglobin 9.1 g/dL\n");
        SourceDocument pdf = pdf("one.pdf", PDRectangle.A4, 1);

        assertThatThrownBy(() -> images.render(SourceDocument.of(text), 1)).isInstanceOf(NoPageImageException.class);
        assertThat(images.sizes(SourceDocument.of(text))).isEmpty();
        assertThatThrownBy(() -> images.render(pdf, 2)).isInstanceOf(NoPageImageException.class);
        assertThatThrownBy(() -> images.render(pdf, 0)).isInstanceOf(NoPageImageException.class);
    }

    private SourceDocument pdf(String name, PDRectangle size, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, size.getHeight() - 72);
                    cs.showText("Hemoglobin 9.1 g/dL");
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return SourceDocument.of(file);
    }

    private static BufferedImage decoded(PageImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    }
}
