package org.recordpath.guidance.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the options and notes of one pathway. */
final class PathwayParts {
    private static final Pattern RXCUI = Pattern.compile("\\d+");

    private PathwayParts() {}

    static List<Pathway.Option> options(CriterionReader c, YamlNode n) {
        List<Pathway.Option> out = new ArrayList<>();
        YamlNode list = n.map().get("options");
        if (list == null || !list.isList()) {
            throw c.error(n, "'options' must be a list");
        }
        for (YamlNode o : list.list()) {
            PackReader.keys(c, o, Set.of("agent", "rxnorm", "note", "when", "onlyWhen"));
            if (o.map().containsKey("when") && o.map().containsKey("onlyWhen")) {
                throw c.error(o, "an option takes 'when' or 'onlyWhen', not both");
            }
            Object rx = o.map().containsKey("rxnorm") ? o.map().get("rxnorm").value() : null;
            String rxnorm = rx == null ? null : rx.toString();
            if (rxnorm != null && !RXCUI.matcher(rxnorm).matches()) {
                throw c.error(o.map().get("rxnorm"), "rxnorm must be a numeric RxCUI or empty, got '" + rxnorm + "'");
            }
            YamlNode note = o.map().get("note");
            boolean strict = o.map().containsKey("onlyWhen");
            YamlNode when = strict ? o.map().get("onlyWhen") : o.map().get("when");
            out.add(new Pathway.Option(
                    PackReader.text(c, o, "agent"),
                    rxnorm,
                    note == null ? null : String.valueOf(note.value()),
                    when == null ? null : c.read(when),
                    strict));
        }
        return out;
    }

    static List<Pathway.Note> notes(CriterionReader c, YamlNode n) {
        List<Pathway.Note> out = new ArrayList<>();
        YamlNode list = n.map().get("notes");
        if (list == null) {
            return out;
        }
        if (!list.isList()) {
            throw c.error(list, "'notes' must be a list");
        }
        for (YamlNode o : list.list()) {
            PackReader.keys(c, o, Set.of("text", "when", "unless"));
            out.add(new Pathway.Note(
                    PackReader.text(c, o, "text"),
                    o.map().containsKey("when") ? c.read(o.map().get("when")) : null,
                    o.map().containsKey("unless") ? c.read(o.map().get("unless")) : null));
        }
        return out;
    }
}
