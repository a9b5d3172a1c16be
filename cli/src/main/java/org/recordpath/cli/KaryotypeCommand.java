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
 * {@code karyotype [--repair] [ISCN...]}: one JSON line per ISCN string (the arguments, or one string per stdin
 * line): the parse, the flags, the IPSS-R category, or {@code error} with the reason. Malformed strings are
 * rejected, never guessed; {@code --repair} first applies the unambiguous OCR repairs and lists them.
 */
final class KaryotypeCommand {
    int run(List<String> args, BufferedReader stdin, PrintStream out, PrintStream err) throws BadInputException {
        boolean repair = false;
        List<String> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--repair")) {
                repair = true;
            } else {
                inputs.add(arg);
            }
        }
        if (inputs.isEmpty()) {
            try {
                for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
                    if (!line.isBlank()) {
                        print(line.strip(), repair, out);
                    }
                }
            } catch (IOException e) {
                throw new BadInputException("standard input could not be read (" + e.getMessage() + ")", e);
            }
        } else {
            for (String input : inputs) {
                print(input, repair, out);
            }
        }
        return 0;
    }

    private static void print(String iscn, boolean repair, PrintStream out) {
        KaryotypeSummary summary = repair ? Karyotypes.summarizeRepairing(iscn) : Karyotypes.summarize(iscn);
        try {
            out.println(ContractJson.mapper().writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("karyotype summary could not be written as JSON", e);
        }
    }
}
