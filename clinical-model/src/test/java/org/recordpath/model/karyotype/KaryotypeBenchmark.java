package org.recordpath.model.karyotype;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * #14 throughput: karyotypes read per second by the tolerant front end on the calling thread (run it pinned to one
 * core: infra/bench/karyotype-bench.sh). Input: one karyotype per line of the given file, else the iscn column of
 * the test corpus. Prints the rate for all strings and for those the strict parser reads as written, per CPU-second of
 * the benchmark thread (fair on a shared, loaded machine) and per wall second.
 */
public final class KaryotypeBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private KaryotypeBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<String> all = args.length > 0 ? Files.readAllLines(Path.of(args[0])) : corpus();
        all = all.stream().filter(s -> !s.isBlank()).toList();
        List<String> wellFormed = all.stream()
                .filter(s -> Karyotypes.parse(s).parsed().isPresent())
                .toList();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        report("all strings (" + all.size() + ", incl. repaired and refused)", all, seconds);
        report("well-formed strings (" + wellFormed.size() + ")", wellFormed, seconds);
    }

    private static void report(String what, List<String> strings, double seconds) {
        run(strings, seconds / 2);
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long count = run(strings, seconds);
        double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "karyotypes/s, %s: %.0f per CPU-second of one core (%.0f per wall second; %.1f s CPU in %.1f s)%n",
                what,
                count / cpu,
                count / wall,
                cpu,
                wall);
    }

    /** Reads the strings over and over for about {@code seconds} of wall time; returns how many were read. */
    private static long run(List<String> strings, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (String s : strings) {
                sink += Karyotypes.read(s).parsed().isPresent() ? 1 : 0;
            }
            count += strings.size();
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        return count;
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = KaryotypeBenchmark.class.getResourceAsStream("/karyotypes/corpus.tsv")) {
            List<String> strings = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                strings.add(lines[i].split("\t", -1)[0]);
            }
            return strings;
        }
    }
}
