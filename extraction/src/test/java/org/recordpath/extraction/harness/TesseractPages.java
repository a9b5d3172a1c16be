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
            run(List.of(
                    "pdftoppm",
                    "-r",
                    "300",
                    "-gray",
                    "-png",
                    pdf.toString(),
                    dir.resolve("p").toString()));
            try (var s = Files.list(dir)) {
                for (Path png :
                        s.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
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
            for (Path tsv :
                    s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                out.add(page(n++, Files.readAllLines(tsv, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private record Token(String text, Box box, double conf, String line) {
        double cy() {
            return box.y() + box.h() / 2.0;
        }
    }

    /**
     * Rebuilds visual rows from word boxes (the reader's contract: a table row stays on one line), correcting for the
     * skew measured on tesseract's own lines.
     */
    private static PageText page(int number, List<String> rows) {
        List<Token> tokens = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
                continue;
            }
            Box box = new Box(
                    Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9]));
            double conf = Math.max(0, Math.min(100, Double.parseDouble(c[10]))) / 100.0;
            tokens.add(new Token(c[11], box, conf, c[2] + "/" + c[3] + "/" + c[4]));
        }
        double slope = slope(tokens);
        List<Double> heights =
                tokens.stream().map(t -> (double) t.box().h()).sorted().toList();
        double tol = heights.isEmpty() ? 10 : heights.get(heights.size() / 2) * 0.6;
        List<Token> sorted = new ArrayList<>(tokens);
        sorted.sort(java.util.Comparator.comparingDouble(
                t -> t.cy() - slope * t.box().x()));
        List<List<Token>> lines = new ArrayList<>();
        double current = Double.NEGATIVE_INFINITY;
        for (Token t : sorted) {
            double y = t.cy() - slope * t.box().x();
            if (lines.isEmpty() || y - current > tol) {
                lines.add(new ArrayList<>());
                current = y;
            }
            lines.get(lines.size() - 1).add(t);
        }
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        double sum = 0;
        for (List<Token> line : lines) {
            line.sort(java.util.Comparator.comparingInt(t -> t.box().x()));
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                Token t = line.get(i);
                int start = text.length();
                text.append(t.text());
                words.add(new Word(start, text.length(), t.box(), t.conf()));
                sum += t.conf();
            }
        }
        double mean = words.isEmpty() ? 0 : sum / words.size();
        return new PageText(number, text.toString(), ReadMethod.OCR, words, mean);
    }

    private static double slope(List<Token> tokens) {
        java.util.Map<String, List<Token>> byLine = new java.util.LinkedHashMap<>();
        tokens.forEach(
                t -> byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t));
        List<Double> slopes = new ArrayList<>();
        for (List<Token> l : byLine.values()) {
            if (l.size() >= 3) {
                Token a = l.get(0);
                Token b = l.get(l.size() - 1);
                int dx = b.box().x() - a.box().x();
                if (dx > 200) {
                    slopes.add((b.cy() - a.cy()) / dx);
                }
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        slopes.sort(null);
        return slopes.get(slopes.size() / 2);
    }
}
