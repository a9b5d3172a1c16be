package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recordpath.model.karyotype.Abnormality.Kind;

/**
 * Turns an ISCN string into expanded clones (risk-scores.md section 3.1): normalises case and spaces around
 * separators, splits clones, expands idem/sl/sdl, reads 45,X in a male as -Y and checks modal numbers.
 */
final class KaryotypeParser {
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2212]");
    private static final Pattern CP_SPACE = Pattern.compile("\\[cp\\s+");
    private static final Pattern SEPARATOR_SPACE = Pattern.compile("\\s*([,/\\[\\]])\\s*");
    private static final Pattern ALLOWED = Pattern.compile("[0-9a-z+\\-(),;:.?~<>/\\[\\]→]*");
    private static final Pattern FISH = Pattern.compile("(?:^|[.\\s]+)(?:nuc\\s*)?ish\\b.*", Pattern.DOTALL);

    /** The expanded clones with the warnings and review notes found while reading them. */
    record Result(List<Clone> clones, List<String> warnings, List<String> review) {}

    private final List<String> warnings = new ArrayList<>();
    private final List<String> review = new ArrayList<>();

    static Result parse(String input, String patientSex) {
        return new KaryotypeParser().read(input, patientSex, false);
    }

    /** Like {@link #parse}, but clones without a cell count may stand beside counted ones (#14 front end). */
    static Result parseAllowingUncounted(String input, String patientSex) {
        return new KaryotypeParser().read(input, patientSex, true);
    }

    private Result read(String input, String patientSex, boolean uncountedAllowed) {
        String text = normalised(input);
        if (text.contains("//")) {
            throw new KaryotypeSyntaxException("chimerism ('//' donor/recipient clones) is not supported");
        }
        String[] parts = text.split("/", -1);
        List<CloneParser.Written> written = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new KaryotypeSyntaxException("empty clone at position " + (i + 1) + " (stray '/')");
            }
            written.add(CloneParser.parse(parts[i], i));
        }
        long counted = written.stream().filter(w -> w.cells() != null).count();
        if (counted > 0 && counted < written.size() && !uncountedAllowed) {
            throw new KaryotypeSyntaxException("some clones have a cell count and others do not");
        }
        List<Clone> clones = expand(written);
        boolean withY = written.stream().anyMatch(w -> w.sex().contains("Y") && !w.constitutionalSex());
        boolean withXX = written.stream().anyMatch(w -> w.sex().equals("XX") && !w.constitutionalSex());
        boolean female = "F".equalsIgnoreCase(patientSex) || "female".equalsIgnoreCase(patientSex) || withXX && !withY;
        boolean male = "M".equalsIgnoreCase(patientSex) || "male".equalsIgnoreCase(patientSex) || withY;
        String lost = male && !female ? "Y" : female && !male ? "X" : null;
        List<Clone> resolved = new ArrayList<>();
        for (int i = 0; i < clones.size(); i++) {
            Clone clone = singleX(clones.get(i), written.get(i), lost, i);
            checkModal(clone, written.get(i), i);
            resolved.add(clone);
        }
        return new Result(resolved, warnings, review);
    }

    private String normalised(String input) {
        if (input == null || input.isBlank()) {
            throw new KaryotypeSyntaxException("empty karyotype");
        }
        String text = input.strip()
                .toLowerCase(Locale.ROOT)
                .transform(t -> DASHES.matcher(t).replaceAll("-"))
                .replace("psu dic(", "psudic(");
        var fish = FISH.matcher(text);
        if (fish.find()) {
            if (fish.start() == 0) {
                throw new KaryotypeSyntaxException("a FISH (ish) result, not a karyotype");
            }
            warnings.add("FISH part after the karyotype ignored");
            text = text.substring(0, fish.start());
        }
        text = CP_SPACE.matcher(SEPARATOR_SPACE.matcher(text.strip()).replaceAll("$1"))
                .replaceAll("[cp");
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || !Character.isDigit(text.charAt(0)) && text.charAt(0) != '<') {
            throw new KaryotypeSyntaxException("not an ISCN karyotype: it must start with the chromosome number");
        }
        int close = text.indexOf(']');
        if (close >= 0 && close < text.length() - 1 && text.charAt(close + 1) != '/') {
            throw new KaryotypeSyntaxException("text after the cell count: '" + text.substring(close + 1) + "'");
        }
        int space = indexOfWhitespace(text);
        if (space >= 0) {
            throw new KaryotypeSyntaxException("space inside '" + text.substring(Math.max(0, space - 12), space) + " "
                    + "...' (free text, or a damaged string for KaryotypeRepair)");
        }
        if (!ALLOWED.matcher(text).matches()) {
            char bad = text.chars()
                    .filter(c -> !ALLOWED.matcher(String.valueOf((char) c)).matches())
                    .mapToObj(c -> (char) c)
                    .findFirst()
                    .orElse('?');
            throw new KaryotypeSyntaxException("character '" + bad + "' is not part of ISCN");
        }
        requireBalanced(text);
        return text;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void requireBalanced(String text) {
        int round = 0;
        int square = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (round < 0 || round > 1 || square < 0 || square > 1) {
                throw new KaryotypeSyntaxException("unbalanced parentheses or brackets near position " + (i + 1));
            }
        }
        if (round != 0 || square != 0) {
            throw new KaryotypeSyntaxException("unbalanced parentheses or brackets (not closed at the end)");
        }
    }

    private static List<Clone> expand(List<CloneParser.Written> written) {
        List<Clone> clones = new ArrayList<>();
        for (CloneParser.Written w : written) {
            List<Abnormality> all = new ArrayList<>();
            if (w.reference() >= 0) {
                Clone base = clones.get(w.reference());
                if (base.abnormalities().isEmpty()) {
                    throw new KaryotypeSyntaxException(
                            "clone " + (clones.size() + 1) + " refers (idem/sl/sdl) to a clone without abnormalities");
                }
                all.addAll(base.abnormalities());
            }
            for (Abnormality own : w.own()) {
                if (!cancels(all, own)) {
                    all.add(own);
                }
            }
            clones.add(new Clone(w.modal(), w.sex(), all, w.cells(), w.composite(), w.incomplete(), w.reference()));
        }
        return clones;
    }

    /** ISCN writes a sideline that lost an inherited gain as idem,-N (and one that regained a loss as idem,+N). */
    private static boolean cancels(List<Abnormality> inherited, Abnormality own) {
        if (own.kind() != Kind.GAIN && own.kind() != Kind.LOSS) {
            return false;
        }
        for (int i = 0; i < inherited.size(); i++) {
            Abnormality earlier = inherited.get(i);
            boolean opposite =
                    own.kind() == Kind.LOSS ? earlier.isGainOf(own.chromosome()) : earlier.isLossOf(own.chromosome());
            if (opposite && earlier.constitutional() == own.constitutional()) {
                inherited.remove(i);
                return true;
            }
        }
        return false;
    }

    /** 45,X: -Y in a male, -X in a female (#14), else a review note; {@code lost} is "Y", "X" or null. */
    private Clone singleX(Clone clone, CloneParser.Written w, String lost, int index) {
        boolean sexLossListed = clone.abnormalities().stream().anyMatch(a -> a.isLossOf("X") || a.isLossOf("Y"));
        if (!clone.sexChromosomes().equals("X") || w.constitutionalSex() || sexLossListed) {
            return clone;
        }
        if (lost == null) {
            review.add("clone " + (index + 1) + ": a single X without -X or -Y; which sex chromosome was lost is"
                    + " unknown");
            return clone;
        }
        warnings.add(
                "clone " + (index + 1) + ": 45,X in a " + ("Y".equals(lost) ? "male" : "female") + " read as -" + lost);
        List<Abnormality> all = new ArrayList<>();
        all.add(new Abnormality("-" + lost, Kind.LOSS, lost, List.of(), 1, -1, false, false, false));
        all.addAll(clone.abnormalities());
        return new Clone(
                clone.modal(),
                clone.sexChromosomes(),
                all,
                clone.cells(),
                clone.composite(),
                clone.incomplete(),
                clone.derivedFrom());
    }

    private void checkModal(Clone clone, CloneParser.Written w, int index) {
        if (w.low() < 0
                || clone.incomplete()
                || clone.abnormalities().stream()
                        .anyMatch(a -> a.kind() == Kind.MARKER && a.text().contains("~"))) {
            return;
        }
        int expected = 22 * w.ploidy() + clone.sexChromosomes().length();
        for (Abnormality a : clone.abnormalities()) {
            boolean sexLoss = a.isLossOf("X") || a.isLossOf("Y");
            expected += sexLoss ? 0 : a.copyChange();
        }
        if (expected < w.low() || expected > w.high()) {
            warnings.add("clone " + (index + 1) + ": chromosome number " + w.modal()
                    + " does not match the listed changes (" + expected + ")");
        }
    }
}
