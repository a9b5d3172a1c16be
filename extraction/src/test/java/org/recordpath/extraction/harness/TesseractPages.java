package org.recordpath.extraction.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.read.Word;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.ReadMethod;

/**
 * Development stand-in for the OCR reader: runs the tesseract CLI (pdftoppm at 300 dpi for PDFs) and turns its TSV
 * output into page texts with word boxes. Results are cached under target/ so reruns are fast.
 */
final class TesseractPages {
    private final Path cache;

    TesseractPages(Path cache) {
        this.cache = cache;
    }

    List<PageText> pdf(Path pdf, String key) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(cache.resolve(key));
        if (!Files.exists(dir.resolve("done"))) {
            run(List.of("pdftoppm", "-r", "300", "-gray", "-png", pdf.toString(), dir.resolve("p").toString()));
            try (var s = Files.list(dir)) {
                for (Path png : s.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
                    tsv(png, dir.resolve(png.getFileName().toString().replace(".png", "")));
                }
            }
            Files.writeString(dir.resolve("done"), "");
        }
        return pages(dir);
    }

    List<PageText> image(Path image, String key) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(cache.resolve(key));
        if (!Files.exists(dir.resolve("done"))) {
            tsv(image, dir.resolve("p-1"));
            Files.writeString(dir.resolve("done"), "");
        }
        return pages(dir);
    }

    private static void tsv(Path image, Path outBase) throws IOException, InterruptedException {
        run(List.of("tesseract", image.toString(), outBase.toString(), "--oem", "1", "--psm", "3", "tsv"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("command failed: " + command.get(0));
        }
    }

    private static List<PageText> pages(Path dir) throws IOException {
        List<PageText> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            int n = 1;
            for (Path tsv : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                out.add(page(n++, Files.readAllLines(tsv, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static PageText page(int number, List<String> rows) {
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        String lineKey = null;
        String block = null;
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
                continue;
            }
            String key = c[2] + "/" + c[3] + "/" + c[4];
            if (lineKey != null && !key.equals(lineKey)) {
                text.append('\n');
                if (!c[2].equals(block)) {
                    text.append('\n');
                }
            } else if (lineKey != null) {
                text.append(' ');
            }
            lineKey = key;
            block = c[2];
            int start = text.length();
            text.append(c[11]);
            double conf = Math.max(0, Math.min(100, Double.parseDouble(c[10]))) / 100.0;
            sum += conf;
            Box box = new Box(Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9]));
            words.add(new Word(start, text.length(), box, conf));
        }
        double mean = words.isEmpty() ? 0 : sum / words.size();
        return new PageText(number, text.toString(), ReadMethod.OCR, words, mean);
    }
}
