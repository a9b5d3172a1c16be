package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.extraction.SourceDocument;

/** Phone photos stored sideways with an EXIF orientation tag are turned upright before OCR. */
class ExifOrientationTest {
    @TempDir
    Path dir;

    /**
     * A 3 × 2 image with pixel values 1..6 row by row, turned for each orientation; the expected upright image, row
     * by row. Orientation 6 is a quarter turn clockwise: the left column, read bottom-up, becomes the top row.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, '1 2 3 / 4 5 6'",
        "2, '3 2 1 / 6 5 4'",
        "3, '6 5 4 / 3 2 1'",
        "4, '4 5 6 / 1 2 3'",
        "5, '1 4 / 2 5 / 3 6'",
        "6, '4 1 / 5 2 / 6 3'",
        "7, '6 3 / 5 2 / 4 1'",
        "8, '3 6 / 2 5 / 1 4'"
    })
    void turnsEachOrientationUpright(int orientation, String expected) {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 6; i++) {
            image.getRaster().setSample(i % 3, i / 3, 0, i + 1);
        }
        BufferedImage upright = ExifOrientation.upright(image, orientation);
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < upright.getHeight(); y++) {
            rows.append(y > 0 ? " / " : "");
            for (int x = 0; x < upright.getWidth(); x++) {
                rows.append(x > 0 ? " " : "").append(upright.getRaster().getSample(x, y, 0));
            }
        }
        assertThat(rows).hasToString(expected);
    }

    @Test
    void aPhotoStoredSidewaysIsReadUpright() throws Exception {
        BufferedImage page = TestDocuments.pageImage(TestDocuments.LAB_LINES, 300);
        // the sensor's pixels: the page turned a quarter anticlockwise; the tag (6) says turn clockwise to view
        BufferedImage sideways = ExifOrientation.upright(page, 8);
        Path photo = dir.resolve("IMG_0001.jpg");
        Files.write(photo, withOrientation(jpeg(sideways), 6));

        assertThat(ExifOrientation.of(photo)).isEqualTo(6);
        try (DocumentReader reader = new DocumentReader()) {
            SourceDocument doc = SourceDocument.of(photo);
            ReadDocument read = reader.read(doc, reader.sniff(doc), (p, n) -> {});
            assertThat(read.pages().get(0).text())
                    .contains("Hemoglobin 9.1 g/dL")
                    .contains("Ferritin 1200");
        }
    }

    @Test
    void anImageWithoutExifIsUpright() throws Exception {
        Path png = dir.resolve("page.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertThat(ExifOrientation.of(png)).isEqualTo(ExifOrientation.UPRIGHT);
        Path junk = Files.write(dir.resolve("junk.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        assertThat(ExifOrientation.of(junk)).isEqualTo(ExifOrientation.UPRIGHT);
    }

    private static byte[] jpeg(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 Exif segment (a little-endian TIFF header and one IFD0 entry, 0x0112) after its JFIF
     * APP0 segment, which Java's decoder wants first.
     */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8); // header, IFD0 at offset 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        int length = exif.length + 2;
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        assertThat(jpeg[3] & 0xFF).as("APP0 after SOI").isEqualTo(0xE0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End); // SOI, APP0
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}
