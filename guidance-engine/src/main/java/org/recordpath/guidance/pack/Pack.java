package org.recordpath.guidance.pack;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of one guideline as data: its pathways and the plain-language questions they may ask.
 *
 * @param name e.g. "NCCN MDS"
 * @param version e.g. "2026.1"
 * @param contentBasis e.g. "reconstructed-from-public-sources"
 * @param file where the pack was read from
 */
public record Pack(
        String name,
        String version,
        String disease,
        String contentBasis,
        String file,
        Map<String, String> questions,
        List<Pathway> pathways) {
    public Pack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        questions = Map.copyOf(questions);
        pathways = List.copyOf(pathways);
    }

    public Optional<Pathway> pathway(String id) {
        return pathways.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The question text for a key, or the key itself. */
    public String question(String key) {
        return questions.getOrDefault(key, key);
    }
}
