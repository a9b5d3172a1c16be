package org.recordpath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * {@code extract FILE... [--json | --fhir]}: reads the documents of one patient with the same pipeline as the service
 * and prints {@code {profile, guidance}} (default, {@code --json}) or a FHIR R4 bundle ({@code --fhir}).
 */
final class ExtractCommand {
    int run(List<String> args, PrintStream out, PrintStream err) throws BadInputException {
        List<Path> files = new ArrayList<>();
        boolean fhir = false;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> fhir = false;
                case "--fhir" -> fhir = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new BadInputException("unknown option " + arg);
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException("extract needs at least one FILE");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file + ": not a readable file");
            }
        }
        RecordExtractor extractor = Pipeline.extractor();
        List<Fact> facts = new ArrayList<>();
        for (Path file : files) {
            try {
                facts.addAll(extractor
                        .read(SourceDocument.of(file), ProgressListener.NONE)
                        .facts());
            } catch (UnreadableDocumentException e) {
                throw new BadInputException(file + ": " + e.getMessage(), e);
            }
        }
        ClinicalProfile profile = extractor.reconcile(facts);
        GuidanceReport guidance = GuidanceEngine.withDefaultPack().evaluate(profile);
        out.println(fhir ? Pipeline.fhirBundle(profile, guidance) : json(profile, guidance));
        return 0;
    }

    private static String json(ClinicalProfile profile, GuidanceReport guidance) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("profile", profile);
        result.put("guidance", guidance);
        try {
            return ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile could not be written as JSON", e);
        }
    }
}
