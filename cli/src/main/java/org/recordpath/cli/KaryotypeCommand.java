package org.recordpath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.karyotype.KaryotypeSummary;
import org.recordpath.model.karyotype.Karyotypes;

/**
 * {@code karyotype [--strict] [--sex M|F] [ISCN...]}: one JSON line per karyotype string (the arguments, or one string
 * per stdin line): the parse, the flags, the IPSS-R category (or range), or {@code error} with the reason. Strings
 * are read as laboratories write them (#14): the named repairs applied are listed in {@code repairs} and a repaired
 * string carries a {@code reviewFlags} entry; strings with readings that disagree are rejected, never guessed.
 * {@code --strict} uses the strict ISCN parser only; {@code --sex} decides whether 45,X is -Y or -X.
 * {@code --repair} is accepted for compatibility (repairs are the default).
 */
final class KaryotypeCommand {
    int run(List<String> args, BufferedReader stdin, PrintStream out, PrintStream err) throws BadInputException {
        boolean strict = false;
        String sex = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--sex")) {
                sex = i + 1 < args.size() ? args.get(++i) : "";
                if (!sex.equals("M") && !sex.equals("F")) {
                    throw new BadInputException("--sex takes M or F, not '" + sex + "'");
                }
            } else if (!arg.equals("--repair")) {
                inputs.add(arg);
            }
        }
        if (inputs.isEmpty()) {
            try {
                for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
                    if (!line.isBlank()) {
                        print(line.strip(), strict, sex, out);
                    }
                }
            } catch (IOException e) {
                throw new BadInputException("standard input could not be read (" + e.getMessage() + ")", e);
            }
        } else {
            for (String input : inputs) {
                print(input, strict, sex, out);
            }
        }
        return 0;
    }

    private static void print(String iscn, boolean strict, String sex, PrintStream out) {
        KaryotypeSummary summary = strict ? Karyotypes.summarize(iscn) : Karyotypes.summarizeRepairing(iscn, sex);
        try {
            out.println(ContractJson.mapper().writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("karyotype summary could not be written as JSON", e);
        }
    }
}
