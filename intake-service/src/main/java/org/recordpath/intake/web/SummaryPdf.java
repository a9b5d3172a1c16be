package org.recordpath.intake.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one-page clinician summary as a PDF: the {@code summary-print} template (well-formed XHTML) rendered by
 * openhtmltopdf. DejaVu Sans is embedded when the system has it (units like ×10⁹/L need more than the 14 standard
 * PDF fonts); otherwise the standard fonts are used.
 */
@Component
class SummaryPdf {
    private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";

    private final ITemplateEngine templates;
    private final String sheetCss;

    SummaryPdf(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream css = SummaryPdf.class.getResourceAsStream("/static/css/print-sheet.css")) {
            this.sheetCss = new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable("pdf", true);
        context.setVariable("sheetCss", sheetCss);
        String html = templates.process("summary-print", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(html, null);
            font(builder, "DejaVuSans.ttf", 400);
            font(builder, "DejaVuSans-Bold.ttf", 700);
            builder.toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        File font = new File(FONT_DIR + file);
        if (font.canRead()) {
            builder.useFont(font, "DejaVu Sans", weight, FontStyle.NORMAL, true);
        }
    }
}
