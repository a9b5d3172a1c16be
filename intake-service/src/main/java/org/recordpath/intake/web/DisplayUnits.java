package org.recordpath.intake.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * UCUM unit codes ({@code 10*9/L}, {@code m[IU]/mL}) shown as people write them ({@code ×10⁹/L}, {@code mU/mL}).
 * The mapping is data: {@code display-units.tsv} on the classpath, longest code first so that {@code m[IU]/mL} wins
 * over {@code [IU]/mL}.
 */
final class DisplayUnits {
    private static final List<String[]> UNITS = load();

    private DisplayUnits() {}

    /** The text with every known unit code replaced by its display form; null stays null. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        String shown = text;
        for (String[] unit : UNITS) {
            shown = shown.replace(unit[0], unit[1]);
        }
        return shown;
    }

    private static List<String[]> load() {
        List<String[]> units = new ArrayList<>();
        try (InputStream in = DisplayUnits.class.getResourceAsStream("/display-units.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    units.add(new String[] {cells[0].strip(), cells[1].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        units.sort(Comparator.comparingInt((String[] u) -> u[0].length()).reversed());
        return List.copyOf(units);
    }
}
