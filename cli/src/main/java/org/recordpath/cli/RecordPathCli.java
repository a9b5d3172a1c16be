package org.recordpath.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code bin/recordpath}. Output goes to stdout as JSON; messages go to stderr. Exit codes: 0 done,
 * 1 bad input (a clear message says which and why), 2 wrong usage.
 */
public final class RecordPathCli {
    static final String USAGE = """
            usage: recordpath extract FILE... [--json | --fhir]   profile and guidance of one patient's documents
                   recordpath guide PROFILE.json...               guidance for each profile, one JSON line each
                   recordpath karyotype [--strict] [--sex M|F] [ISCN...]
                                                                  read karyotypes as labs write them (or one per
                                                                  stdin line); repairs and reviewFlags are printed
                   recordpath rediff OLD_PACK NEW_PACK PROFILE.json...
                                                                  profiles whose pathways change between packs""";

    private RecordPathCli() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> new ExtractCommand().run(rest, out, err);
                case "guide" -> new GuideCommand().run(rest, out, err);
                case "karyotype" ->
                    new KaryotypeCommand()
                            .run(
                                    rest,
                                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                                    out,
                                    err);
                case "rediff" -> new RediffCommand().run(rest, out, err);
                case "-h", "--help", "help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("recordpath: unknown command '" + args[0] + "'");
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (BadInputException e) {
            err.println("recordpath: " + e.getMessage());
            return 1;
        }
    }
}
