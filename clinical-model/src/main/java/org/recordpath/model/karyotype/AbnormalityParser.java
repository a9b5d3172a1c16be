package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.karyotype.Abnormality.Kind;

/** Parses one lower-cased abnormality token of a clone (ISCN short system, plus the detailed band notation). */
final class AbnormalityParser {
    private static final Set<String> TYPES = Set.of(
            "del", "add", "dup", "inv", "i", "idic", "ider", "dic", "tdic", "trc", "der", "r", "t", "ins", "trp", "qdp",
            "hsr", "tas", "fis", "rob", "psudic");
    /** Types that fuse several chromosomes into one, lowering the chromosome number. */
    private static final Set<String> FUSING = Set.of("dic", "psudic", "tdic", "trc", "rob", "der");

    private static final Pattern NUMERICAL = Pattern.compile("([+-])(\\?)?(\\d{1,2}|x|y)");
    private static final Pattern MULTIPLIER = Pattern.compile("(.*[)\\dr])x(\\d{1,2})");
    private static final Pattern HETEROMORPHIC_REGION = Pattern.compile("(\\d{1,2}|x|y)(p|q)(h|s|stk)[+-]");
    private static final Pattern HETEROMORPHIC_INV9 =
            Pattern.compile("inv\\(9\\)\\(p1[1-3](\\.\\d+)?q1[2-3](\\.\\d+)?\\)");
    private static final Pattern CHROMOSOME = Pattern.compile("(\\?)?(\\d{1,2}|x|y|\\?)([pq])?(\\?)?");
    private static final String BAND = "(?:[pq][0-9.?]*|\\?|cen|pter|qter|ter)";
    private static final Pattern BAND_GROUP = Pattern.compile(
            BAND + "(?:~(?:" + BAND + "|[0-9.]+))?(?:(?:->|::|→)?" + BAND + "(?:~(?:" + BAND + "|[0-9.]+))?)*");

    private AbnormalityParser() {}

    static Abnormality parse(String token) {
        if (token.isEmpty()) {
            throw new KaryotypeSyntaxException("empty abnormality (two commas in a row?)");
        }
        boolean constitutional = token.length() > 1 && token.endsWith("c");
        String body = constitutional ? token.substring(0, token.length() - 1) : token;
        int copies = 1;
        Matcher multiplied = MULTIPLIER.matcher(body);
        if (multiplied.matches()) {
            body = multiplied.group(1);
            copies = Integer.parseInt(multiplied.group(2));
            if (copies < 1) {
                throw new KaryotypeSyntaxException("multiplier x0 in '" + token + "'");
            }
        }
        boolean uncertain = body.contains("?") || body.contains("~");
        if (HETEROMORPHIC_REGION.matcher(body).matches()) {
            return new Abnormality(upperSex(body), Kind.STRUCTURAL, null, List.of(), 1, 0, constitutional, true, false);
        }
        Matcher numerical = NUMERICAL.matcher(body);
        if (numerical.matches()) {
            String chromosome = checkedChromosome(numerical.group(3), token);
            Kind kind = numerical.group(1).equals("+") ? Kind.GAIN : Kind.LOSS;
            String text = numerical.group(1) + (numerical.group(2) == null ? "" : "?") + chromosome;
            int change = kind == Kind.GAIN ? copies : -copies;
            return new Abnormality(
                    suffix(text, copies), kind, chromosome, List.of(), 1, change, constitutional, false, uncertain);
        }
        Abnormality special = MarkerParser.parse(body, copies, constitutional, uncertain);
        return special != null ? special : structural(body, token, copies, constitutional, uncertain);
    }

    private static Abnormality structural(
            String body, String token, int copies, boolean constitutional, boolean uncertain) {
        int at = 0;
        String sign = "";
        if (body.startsWith("+") || body.startsWith("-")) {
            sign = body.substring(0, 1);
            at = 1;
        }
        if (body.startsWith("?", at)) {
            sign += "?";
            at++;
        }
        List<Rearrangement> parts = new ArrayList<>();
        while (at < body.length()) {
            int open = body.indexOf('(', at);
            if (open < 0) {
                throw new KaryotypeSyntaxException("'" + token + "' is not an ISCN abnormality");
            }
            String type = body.substring(at, open);
            if (!TYPES.contains(type)) {
                throw new KaryotypeSyntaxException("unknown abnormality type '" + type + "' in '" + token + "'");
            }
            if (!parts.isEmpty() && !parts.get(0).type().endsWith("der")) {
                throw new KaryotypeSyntaxException(
                        "unexpected text after " + parts.get(0).text() + " in '" + token + "' (missing comma?)");
            }
            int close = closing(body, open, token);
            List<String> chromosomes = chromosomes(body.substring(open + 1, close), token);
            at = close + 1;
            List<String> bands = List.of();
            if (at < body.length() && body.charAt(at) == '(') {
                int bandClose = closing(body, at, token);
                bands = bands(body.substring(at + 1, bandClose), chromosomes.size(), token);
                at = bandClose + 1;
            }
            Rearrangement part = new Rearrangement(type, chromosomes, bands);
            requireBreakpoints(part, parts.isEmpty(), token);
            parts.add(part);
        }
        if (parts.isEmpty()) {
            throw new KaryotypeSyntaxException("'" + token + "' is not an ISCN abnormality");
        }
        StringBuilder text = new StringBuilder(sign);
        parts.forEach(part -> text.append(part.text()));
        boolean heteromorphism = HETEROMORPHIC_INV9.matcher(text).matches();
        int change = copyChange(sign, parts.get(0)) * copies;
        return new Abnormality(
                suffix(text.toString(), copies),
                Kind.STRUCTURAL,
                null,
                parts,
                1,
                change,
                constitutional,
                heteromorphism,
                uncertain);
    }

    private static int copyChange(String sign, Rearrangement head) {
        if (sign.startsWith("+")) {
            return 1;
        }
        if (sign.startsWith("-")) {
            return -1;
        }
        return FUSING.contains(head.type()) ? 1 - head.chromosomes().size() : 0;
    }

    private static void requireBreakpoints(Rearrangement part, boolean head, String token) {
        boolean shortForm = part.chromosomes().stream().allMatch(c -> c.endsWith("p") || c.endsWith("q"));
        boolean optional = part.type().equals("r")
                || part.type().equals("hsr")
                || (head && part.type().endsWith("der"));
        if (part.bands().isEmpty() && !shortForm && !optional) {
            throw new KaryotypeSyntaxException("breakpoints missing in '" + token + "'");
        }
    }

    private static int closing(String body, int open, String token) {
        int close = body.indexOf(')', open);
        if (close < 0 || body.indexOf('(', open + 1) >= 0 && body.indexOf('(', open + 1) < close) {
            throw new KaryotypeSyntaxException("unbalanced parentheses in '" + token + "'");
        }
        return close;
    }

    private static List<String> chromosomes(String list, String token) {
        List<String> chromosomes = new ArrayList<>();
        for (String item : list.split(";", -1)) {
            Matcher matcher = CHROMOSOME.matcher(item);
            if (!matcher.matches()) {
                throw new KaryotypeSyntaxException("'" + item + "' is not a chromosome in '" + token + "'");
            }
            String number = matcher.group(2).equals("?") ? "?" : checkedChromosome(matcher.group(2), token);
            chromosomes.add((matcher.group(1) == null ? "" : "?")
                    + number
                    + nullToEmpty(matcher.group(3))
                    + nullToEmpty(matcher.group(4)));
        }
        return chromosomes;
    }

    private static List<String> bands(String list, int chromosomes, String token) {
        String[] groups = list.split(";", -1);
        if (groups.length != chromosomes && chromosomes > 1) {
            throw new KaryotypeSyntaxException(
                    chromosomes + " chromosomes but " + groups.length + " breakpoint groups in '" + token + "'");
        }
        for (String group : groups) {
            if (!BAND_GROUP.matcher(group).matches()) {
                throw new KaryotypeSyntaxException("'" + group + "' is not a band in '" + token + "'");
            }
        }
        return List.of(groups);
    }

    private static String checkedChromosome(String chromosome, String token) {
        if (chromosome.equals("x") || chromosome.equals("y")) {
            return chromosome.toUpperCase(Locale.ROOT);
        }
        int number = Integer.parseInt(chromosome);
        if (number < 1 || number > 22 || chromosome.startsWith("0")) {
            throw new KaryotypeSyntaxException("no chromosome " + chromosome + " in '" + token + "'");
        }
        return chromosome;
    }

    private static String upperSex(String text) {
        return text.replace('x', 'X').replace('y', 'Y');
    }

    static String suffix(String text, int copies) {
        return copies == 1 ? text : text + "x" + copies;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
