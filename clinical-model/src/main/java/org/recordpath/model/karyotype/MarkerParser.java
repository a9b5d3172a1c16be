package org.recordpath.model.karyotype;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.karyotype.Abnormality.Kind;

/** Markers ({@code +mar}, {@code +2mar}, {@code +1~3mar}), rings of unknown origin ({@code +r}) and {@code dmin}. */
final class MarkerParser {
    private static final Pattern MARKER = Pattern.compile("\\+(\\?)?(\\d{1,3})?(?:~(\\d{1,3}))?mar(\\d{0,3})");
    private static final Pattern RING = Pattern.compile("\\+(\\d{1,3})?r");
    private static final Pattern DMIN = Pattern.compile("\\+?(\\d{1,3})?(?:~(\\d{1,3}))?dmin");

    private MarkerParser() {}

    /** The abnormality, or null when {@code body} is none of these. */
    static Abnormality parse(String body, int copies, boolean constitutional, boolean uncertain) {
        Matcher marker = MARKER.matcher(body);
        if (marker.matches()) {
            int min = marker.group(2) == null ? 1 : Integer.parseInt(marker.group(2));
            if (min < 1 || marker.group(3) != null && Integer.parseInt(marker.group(3)) < min) {
                throw new KaryotypeSyntaxException("marker count 0 or range upside down in '" + body + "'");
            }
            return new Abnormality(
                    AbnormalityParser.suffix(body, copies),
                    Kind.MARKER,
                    null,
                    List.of(),
                    min,
                    min * copies,
                    constitutional,
                    false,
                    uncertain);
        }
        Matcher ring = RING.matcher(body);
        if (ring.matches()) {
            int count = ring.group(1) == null ? 1 : Integer.parseInt(ring.group(1));
            if (count < 1) {
                throw new KaryotypeSyntaxException("zero rings in '" + body + "'");
            }
            return new Abnormality(
                    AbnormalityParser.suffix(body, copies),
                    Kind.MARKER,
                    null,
                    List.of(),
                    count,
                    count * copies,
                    constitutional,
                    false,
                    false);
        }
        if (DMIN.matcher(body).matches()) {
            return new Abnormality(body, Kind.STRUCTURAL, null, List.of(), 1, 0, constitutional, false, uncertain);
        }
        return null;
    }
}
