package org.recordpath.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.extraction.read.ReaderSettings;
import org.recordpath.extraction.render.PageImages;
import org.recordpath.extraction.render.PageSize;
import org.recordpath.extraction.render.RenderSettings;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.ReadMethod;

/**
 * Every fact read from a text PDF of the dev corpus carries the box of its source text, inside its page (#12): the
 * navigator's highlight needs nothing but the fact. The documents are the ones the gold files list as text PDFs.
 */
class TextPdfProvenanceTest {
    private static final Path CORPUS = Path.of(System.getProperty("recordpath.corpus"));
    private static final RecordExtractor EXTRACTOR = new RecordExtractor(List.of());
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final PageImages PAGES = new PageImages(ReaderSettings.defaults(), RenderSettings.defaults());

    static List<Path> textPdfs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        for (String set : List.of("dev", "dev2")) {
            try (Stream<Path> patients = Files.list(CORPUS.resolve(set))) {
                for (Path patient : patients.filter(Files::isDirectory).sorted().toList()) {
                    for (JsonNode doc :
                            json.readTree(patient.resolve("gold.json").toFile()).path("documents")) {
                        if ("text-pdf".equals(doc.path("format").asText())) {
                            files.add(patient.resolve(doc.path("file").asText()));
                        }
                    }
                }
            }
        }
        return files;
    }

    @AfterAll
    static void report() {
        System.out.println("#12 text-PDF facts with a box inside their page: " + CHECKED.get());
    }

    @Test
    void theCorpusHasTextPdfsOfBothDevSets() throws IOException {
        assertThat(textPdfs()).hasSizeGreaterThan(50).anyMatch(p -> p.toString().contains("dev2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textPdfs")
    void everyFactOfATextPdfHasABoxInsideItsPage(Path file) throws Exception {
        SourceDocument document = SourceDocument.of(file);
        DocumentExtraction read = EXTRACTOR.read(document, ProgressListener.NONE);
        Map<Integer, PageSize> pages =
                PAGES.sizes(document).stream().collect(Collectors.toMap(PageSize::page, Function.identity()));

        assertThat(read.pages()).allSatisfy(p -> assertThat(p.method()).isEqualTo(ReadMethod.TEXT_LAYER));
        assertThat(read.facts()).isNotEmpty().allSatisfy(fact -> {
            Box box = fact.provenance().box();
            PageSize page = pages.get(fact.provenance().page());
            assertThat(box).as(describe(fact)).isNotNull();
            assertThat(box.w()).as(describe(fact)).isPositive();
            assertThat(box.h()).as(describe(fact)).isPositive();
            assertThat(box.x() + box.w()).as(describe(fact)).isLessThanOrEqualTo(page.width());
            assertThat(box.y() + box.h()).as(describe(fact)).isLessThanOrEqualTo(page.height());
            CHECKED.incrementAndGet();
        });
    }

    private static String describe(Fact fact) {
        return fact.field() + " on page " + fact.provenance().page() + " at "
                + fact.provenance().span();
    }
}
