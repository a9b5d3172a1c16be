package org.recordpath.extraction;

/** Told as each page starts, so a user can see "reading page 3 of 12". */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (page, pages) -> {};

    void readingPage(int page, int pages);
}
