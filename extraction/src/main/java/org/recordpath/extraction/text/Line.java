package org.recordpath.extraction.text;

/** One line of a page: character offsets [start, end) into the page text, its text and the section it is in. */
public record Line(int index, int start, int end, String text, SectionKind section, boolean heading) {
    /** The offset on the page of a character index within this line. */
    public int offset(int indexInLine) {
        return start + indexInLine;
    }
}
