package org.recordpath.extraction.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.read.DocumentReader;
import org.recordpath.extraction.read.ReadDocument;

/**
 * Benchmark of document reading beside the command-line tools on the same inputs (not a timed test; run by
 * infra/bench/extraction-bench.sh): text-PDF pages/s vs pdftotext, OCR seconds per 300-dpi page vs tesseract, and the
 * OCR throughput of 2 workers vs 1 on a 20-page scan. Args: corpus dev folder, output folder.
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<List<Path>> kinds = BenchInputs.typedAndScanned(corpus);
        Path text10 = BenchInputs.concatenate(kinds.get(0), 10, out.resolve("text-10.pdf"));
        Path scan20 = BenchInputs.concatenate(kinds.get(1), 20, out.resolve("scan-20.pdf"));
        Path page300 = BenchInputs.renderPage(kinds.get(1).get(0), out.resolve("page-300dpi.png"));
        List<String[]> rows = new ArrayList<>();
        try (DocumentReader reader = new DocumentReader()) {
            double ours = medianSeconds(5, 20, () -> read(reader, text10));
            double poppler = medianSeconds(2, 20, () -> run("pdftotext", text10.toString(), "/dev/null"));
            rows.add(row("text PDF, 10 pages: pages/s", 10 / ours, 10 / poppler, "pdftotext"));
            double ocr = medianSeconds(1, 5, () -> read(reader, page300));
            double cli = medianSeconds(
                    1,
                    5,
                    () -> run("tesseract", page300.toString(), "stdout", "--oem", "1", "--psm", "3", "--dpi", "300"));
            rows.add(row("OCR, one 300-dpi page: s/page", ocr, cli, "tesseract CLI"));
            double decode = medianSeconds(1, 5, () -> ImageIO.read(page300.toFile()));
            rows.add(row("  of which PNG decoding (ImageIO): s", decode, Double.NaN, ""));
            rows.add(row("  OCR without decoding: s/page", ocr - decode, cli, "tesseract CLI"));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 3; i++) {
                read(reader, page300);
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 3e9;
            rows.add(row("OCR CPU time of the reading thread: s/page", cpu, Double.NaN, "(compare hyperfine User)"));
            read(reader, scan20);
            double[] one = timeWorkers(reader, scan20, 1);
            double[] two = timeWorkers(reader, scan20, 2);
            rows.add(row("OCR 20-page scan, 1 worker: pages/s", 20 / one[0], Double.NaN, ""));
            rows.add(row("OCR 20-page scan, 2 workers: pages/s", 40 / two[0], Double.NaN, ""));
            rows.add(row("2 workers / 1 worker throughput", (40 / two[0]) / (20 / one[0]), Double.NaN, ""));
            // CPU seconds per page of the reading threads: equal for 1 and 2 workers when the work itself scales,
            // so a throughput ratio below 2 then means that the second worker found no free core
            rows.add(row("  CPU s/page, 1 worker (reading threads)", one[1] / 20, Double.NaN, ""));
            rows.add(row("  CPU s/page, 2 workers (reading threads)", two[1] / 40, Double.NaN, ""));
        }
        System.out.printf(Locale.ROOT, "%-40s %12s %12s %8s  %s%n", "measure", "pipeline", "tool", "ratio", "tool");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-40s %12s %12s %8s  %s%n", (Object[]) r);
        }
    }

    private static String[] row(String name, double ours, double tool, String toolName) {
        String ratio = Double.isNaN(tool) ? "" : String.format(Locale.ROOT, "%.2f", ours / tool);
        return new String[] {
            name,
            String.format(Locale.ROOT, "%.3f", ours),
            Double.isNaN(tool) ? "" : String.format(Locale.ROOT, "%.3f", tool),
            ratio,
            toolName
        };
    }

    /** Wall time and the summed CPU time of {@code workers} threads each reading the document once. */
    private static double[] timeWorkers(DocumentReader reader, Path pdf, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Future<Long>> jobs = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                jobs.add(pool.submit(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    read(reader, pdf);
                    return threads.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpu = 0;
            for (Future<Long> job : jobs) {
                cpu += job.get();
            }
            return new double[] {(System.nanoTime() - start) / 1e9, cpu / 1e9};
        } finally {
            pool.shutdown();
        }
    }

    private static ReadDocument read(DocumentReader reader, Path file) throws Exception {
        SourceDocument doc = SourceDocument.of(file);
        return reader.read(doc, reader.sniff(doc), ProgressListener.NONE);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        if (pb.start().waitFor() != 0) {
            throw new IOException(command[0] + " failed");
        }
    }

    private static double medianSeconds(int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }
}
