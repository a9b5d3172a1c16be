package org.recordpath.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A vocabulary file on the class path: tab-separated rows, {@code #} comments and blank lines skipped. Vocabularies
 * (drugs, genes, analytes, section headings, context triggers) are data, not code.
 */
public record Vocabulary(String name, List<List<String>> rows) {
    public Vocabulary {
        rows = List.copyOf(rows);
    }

    /** Loads {@code /org/recordpath/extraction/vocab/<name>}; a missing file is a packaging bug. */
    public static Vocabulary load(String name) {
        String path = "/org/recordpath/extraction/vocab/" + name;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the class path: " + path);
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    cells.add(cell.trim());
                }
                rows.add(List.copyOf(cells));
            }
            return new Vocabulary(name, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary " + name + " could not be read", e);
        }
    }

    /** The cell of a row, or "" when the row is shorter. */
    public static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }
}
