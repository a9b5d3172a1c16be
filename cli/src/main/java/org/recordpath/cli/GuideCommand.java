package org.recordpath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.profile.ClinicalProfile;

/** {@code guide PROFILE.json...}: the guidance of each profile, one JSON line per profile, in order. */
final class GuideCommand {
    int run(List<String> args, PrintStream out, PrintStream err) throws BadInputException {
        if (args.isEmpty()) {
            throw new BadInputException("guide needs at least one PROFILE.json");
        }
        List<ClinicalProfile> profiles = new ArrayList<>();
        for (String arg : args) {
            profiles.add(readProfile(Path.of(arg)));
        }
        GuidanceEngine engine = GuidanceEngine.withDefaultPack();
        ObjectMapper json = ContractJson.mapper();
        for (ClinicalProfile profile : profiles) {
            try {
                out.println(json.writeValueAsString(engine.evaluate(profile)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("guidance could not be written as JSON", e);
            }
        }
        return 0;
    }

    /** Reads a profile file: the profile itself, or an {@code extract --json} output with a "profile" member. */
    static ClinicalProfile readProfile(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not a readable file");
        }
        ObjectMapper json = ContractJson.mapper();
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new BadInputException(file + ": not a JSON object (expected a profile)");
            }
            JsonNode profile = root.has("profile") && root.get("profile").isObject() ? root.get("profile") : root;
            return json.treeToValue(profile, ClinicalProfile.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException(
                    file + ": not a valid profile (" + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ")",
                    e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
