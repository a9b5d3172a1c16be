package org.recordpath.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Test-side loader of the adversarial suite (#10): one hand-written case per file under
 * {@code src/test/resources/adversarial/<class>/<case>.json}. A case names a base profile of {@code _bases/} and the
 * parts it changes ({@code profile}, merged into the base: objects field by field, anything else replaced, null
 * removes), the pathways that must not MATCH ({@code "lr-*"} and {@code "*"} allowed), those that must, notes a
 * pathway must carry, and {@code why}: the rule of pathways.md / risk-scores.md the expectation comes from. Lab
 * values without a {@code provenance} get a hand-typed one (method MANUAL, confidence 1).
 */
final class AdversarialCases {
    private static final Path ROOT = root();

    private AdversarialCases() {}

    record Case(
            String name,
            ClinicalProfile profile,
            List<String> mustNotMatch,
            List<String> mustMatch,
            Map<String, String> mustNote,
            String why) {
        @Override
        public String toString() {
            return name;
        }

        String caseClass() {
            return name.substring(0, name.indexOf('/'));
        }
    }

    static Stream<Case> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> cases = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("_bases"))
                    .sorted()
                    .toList();
            List<Case> out = new ArrayList<>();
            for (Path p : cases) {
                out.add(read(p));
            }
            return out.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(Path file) throws IOException {
        JsonNode c = ContractJson.mapper().readTree(file.toFile());
        ObjectNode profile = c.has("base")
                ? (ObjectNode) ContractJson.mapper()
                        .readTree(ROOT.resolve("_bases")
                                .resolve(c.get("base").asText() + ".json")
                                .toFile())
                : ContractJson.mapper().createObjectNode();
        if (c.has("profile")) {
            merge(profile, (ObjectNode) c.get("profile"));
        }
        addProvenance(profile);
        String name = ROOT.relativize(file).toString().replace('\\', '/').replaceAll("\\.json$", "");
        return new Case(
                name,
                ContractJson.mapper().treeToValue(profile, ClinicalProfile.class),
                strings(c.path("mustNotMatch")),
                strings(c.path("mustMatch")),
                ContractJson.mapper()
                        .convertValue(
                                c.path("mustNote").isObject()
                                        ? c.get("mustNote")
                                        : ContractJson.mapper().createObjectNode(),
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {}),
                c.path("why").asText());
    }

    /** Deep merge: objects field by field, other values replaced, null removes the field. */
    static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> it = from.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = into.get(e.getKey());
            if (e.getValue().isNull()) {
                into.remove(e.getKey());
            } else if (old != null && old.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) old, (ObjectNode) e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static void addProvenance(ObjectNode profile) {
        JsonNode labs = profile.get("labs");
        if (labs == null || !labs.isObject()) {
            return;
        }
        labs.forEach(lab -> {
            withSource(lab);
            lab.path("series").forEach(AdversarialCases::withSource);
            lab.path("conflicts").forEach(AdversarialCases::withSource);
        });
    }

    private static void withSource(JsonNode value) {
        if (value.isObject() && !value.has("provenance")) {
            ObjectNode p = ((ObjectNode) value).putObject("provenance");
            p.put("document", "adversarial-case.pdf");
            p.put("page", 1);
            p.put("method", "MANUAL");
            p.put("confidence", 1.0);
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Path root() {
        try {
            return Path.of(AdversarialCases.class.getResource("/adversarial").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
