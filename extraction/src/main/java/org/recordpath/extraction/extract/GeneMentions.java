package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.Vocabulary;

/** Gene symbols of myeloid panels ({@code genes.tsv}) found in text, with aliases mapped to the HGNC symbol. */
final class GeneMentions {
    record Mention(String gene, int start, int end, String structural) {}

    private final Pattern pattern;
    private final Map<String, String> symbolOf = new HashMap<>();

    GeneMentions() {
        List<String> alternatives = new ArrayList<>();
        for (List<String> row : Vocabulary.load("genes.tsv").rows()) {
            String symbol = row.get(0);
            symbolOf.put(symbol, symbol);
            alternatives.add(symbol);
            for (String alias : Vocabulary.cell(row, 1).split("\\|")) {
                if (!alias.isBlank()) {
                    symbolOf.put(alias, symbol);
                    alternatives.add(alias);
                }
            }
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        pattern = Pattern.compile("(?<![\\w-])(" + String.join("|", alternatives) + ")(?:[- ](ITD|TKD|PTD))?(?![\\w])");
    }

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Mention(symbolOf.get(m.group(1)), m.start(), m.end(), m.group(2)));
        }
        return out;
    }
}
