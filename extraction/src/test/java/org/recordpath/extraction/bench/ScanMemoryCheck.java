package org.recordpath.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.read.DocumentReader;
import org.recordpath.extraction.read.ReadDocument;

/**
 * Reads a long scanned PDF (one scan page repeated, each page its own image) and prints the time and the peak heap;
 * run in a JVM with a small heap (-Xmx512m) by infra/bench/extraction-bench.sh. Args: corpus dev folder, output
 * folder, page count.
 */
public final class ScanMemoryCheck {
    private ScanMemoryCheck() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        int pages = Integer.parseInt(args[2]);
        Path scanned = BenchInputs.typedAndScanned(Path.of(args[0])).get(1).get(0);
        Path page = BenchInputs.renderPage(scanned, out.resolve("memory-page.png"));
        Path pdf = BenchInputs.repeatedScan(page, pages, out.resolve("scan-" + pages + ".pdf"));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long[] live = {0};
        long start = System.nanoTime();
        ReadDocument read;
        try (DocumentReader reader = new DocumentReader()) {
            read = reader.read(SourceDocument.of(pdf), reader.sniff(SourceDocument.of(pdf)), (p, n) -> {
                if (p % 20 == 0) {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    long used = rt.totalMemory() - rt.freeMemory();
                    live[0] = Math.max(live[0], used);
                    System.out.printf("page %d of %d, heap after GC %d MB%n", p, n, used >> 20);
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long characters =
                read.pages().stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(
                "pdf %d MB, %d pages read, %d warnings, %d characters, %.1f s (%.2f s/page), max heap %d MB, "
                        + "peak heap used (sum of pool peaks) %d MB, largest heap after GC %d MB%n",
                Files.size(pdf) >> 20,
                read.pages().size(),
                read.warnings().size(),
                characters,
                seconds,
                seconds / pages,
                Runtime.getRuntime().maxMemory() >> 20,
                peak >> 20,
                live[0] >> 20);
    }
}
