package org.recordpath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.PackDiff;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.guidance.pack.Pack;
import org.recordpath.guidance.pack.PackException;
import org.recordpath.guidance.pack.Packs;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * {@code rediff OLD NEW PROFILE.json...}: re-evaluates each profile under both pathway packs (a bundled file name,
 * a bundled version such as {@code 2026.1}, or a path) and prints, as one JSON document, exactly the profiles whose
 * pathway statuses change, each change with its reason.
 */
final class RediffCommand {
    int run(List<String> args, PrintStream out, PrintStream err) throws BadInputException {
        if (args.size() < 3) {
            throw new BadInputException("rediff needs OLD_PACK NEW_PACK and at least one PROFILE.json");
        }
        Pack oldPack = pack(args.get(0));
        Pack newPack = pack(args.get(1));
        Map<String, ClinicalProfile> profiles = new LinkedHashMap<>();
        for (String arg : args.subList(2, args.size())) {
            profiles.put(arg, GuideCommand.readProfile(Path.of(arg)));
        }
        PackDiff.Result result = PackDiff.compare(oldPack, newPack, profiles);
        try {
            out.println(ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rediff result could not be written as JSON", e);
        }
        return 0;
    }

    private static Pack pack(String name) throws BadInputException {
        try {
            return Packs.resolve(name);
        } catch (PackException e) {
            throw new BadInputException("pathway pack " + name + " refused: " + e.getMessage(), e);
        }
    }
}
