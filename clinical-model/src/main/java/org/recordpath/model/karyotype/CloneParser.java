package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one lower-cased clone ("47,xy,idem,+8[6]") into its written parts, before idem/sl/sdl expansion. */
final class CloneParser {
    private static final Pattern COUNT = Pattern.compile("(.*)\\[(cp)?(\\d{1,4})]");
    private static final Pattern MODAL = Pattern.compile("(?:(\\d{1,3})(?:~(\\d{1,3}))?)?(?:<(\\d)n>)?");
    private static final Pattern SEX = Pattern.compile("([xy]{1,8})(c)?");
    private static final Pattern SIDELINE = Pattern.compile("sdl(\\d{0,2})");
    private static final Pattern STEMLINE = Pattern.compile("(?:idem|sl)(?:x(\\d))?");

    /** A clone as written: {@code reference} is the index of the clone named by idem/sl/sdl, or -1. */
    record Written(
            String modal,
            int low,
            int high,
            int ploidy,
            String sex,
            boolean constitutionalSex,
            List<Abnormality> own,
            int reference,
            Integer cells,
            boolean composite,
            boolean incomplete) {
        Written {
            own = List.copyOf(own);
        }
    }

    private CloneParser() {}

    static Written parse(String clone, int index) {
        String where = "clone " + (index + 1) + " ('" + clone + "')";
        String body = clone;
        Integer cells = null;
        boolean composite = false;
        Matcher count = COUNT.matcher(clone);
        if (count.matches()) {
            body = count.group(1);
            composite = count.group(2) != null;
            cells = Integer.valueOf(count.group(3));
            if (cells == 0) {
                throw new KaryotypeSyntaxException(where + ": a cell count of 0");
            }
        } else if (clone.indexOf(']') >= 0 && clone.indexOf(']') < clone.length() - 1) {
            throw new KaryotypeSyntaxException(where + ": text after the cell count");
        } else if (clone.indexOf('[') >= 0 || clone.indexOf(']') >= 0) {
            throw new KaryotypeSyntaxException(where + ": malformed cell count (expected [n] or [cpn] at the end)");
        }
        if (body.indexOf('[') >= 0 || body.indexOf(']') >= 0) {
            throw new KaryotypeSyntaxException(where + ": text after the cell count");
        }
        String[] fields = body.split(",", -1);
        Matcher modal = MODAL.matcher(fields[0]);
        if (fields[0].isEmpty() || !modal.matches()) {
            throw new KaryotypeSyntaxException(
                    where + ": '" + fields[0] + "' is not a chromosome number (free text is not a karyotype)");
        }
        if (fields.length < 2 || !SEX.matcher(fields[1]).matches()) {
            throw new KaryotypeSyntaxException(where + ": sex chromosomes missing after the chromosome number");
        }
        Matcher sex = SEX.matcher(fields[1]);
        sex.matches();
        int low = modal.group(1) == null ? -1 : Integer.parseInt(modal.group(1));
        int high = modal.group(2) == null ? low : Integer.parseInt(modal.group(2));
        if (high < low) {
            throw new KaryotypeSyntaxException(where + ": chromosome number range upside down");
        }
        int ploidy = modal.group(3) != null ? Integer.parseInt(modal.group(3)) : inferredPloidy(low);
        if (ploidy < 1) {
            throw new KaryotypeSyntaxException(where + ": ploidy <0n>");
        }
        List<Abnormality> own = new ArrayList<>();
        int reference = -1;
        boolean incomplete = false;
        boolean doubled = false;
        for (int i = 2; i < fields.length; i++) {
            String field = fields[i];
            Matcher sideline = SIDELINE.matcher(field);
            Matcher stemline = STEMLINE.matcher(field);
            if (stemline.matches() || sideline.matches()) {
                if (reference >= 0) {
                    throw new KaryotypeSyntaxException(where + ": more than one idem/sl/sdl");
                }
                reference = field.startsWith("sdl") ? sideline(sideline.group(1), index) : 0;
                if (reference >= index) {
                    throw new KaryotypeSyntaxException(where + ": '" + field + "' refers to no earlier clone");
                }
                doubled = doubled || stemline.matches() && stemline.group(1) != null;
            } else if (field.equals("inc")) {
                incomplete = true;
            } else {
                own.add(AbnormalityParser.parse(field));
            }
        }
        String sexText = sex.group(1).toUpperCase(Locale.ROOT);
        return new Written(
                fields[0],
                low,
                high,
                ploidy,
                sexText,
                sex.group(2) != null,
                own,
                reference,
                cells,
                composite,
                incomplete);
    }

    private static int sideline(String number, int index) {
        return number.isEmpty() ? index - 1 : Integer.parseInt(number);
    }

    /** ISCN ploidy ranges: up to 57 near-diploid, 58-80 near-triploid, 81-103 near-tetraploid. */
    private static int inferredPloidy(int low) {
        if (low < 0 || low <= 57) {
            return 2;
        }
        if (low <= 80) {
            return 3;
        }
        return low <= 103 ? 4 : Math.round(low / 23f);
    }
}
