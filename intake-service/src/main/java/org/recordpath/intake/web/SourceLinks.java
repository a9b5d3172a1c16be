package org.recordpath.intake.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.model.fact.Provenance;

/**
 * Where a value on a page came from, in words and as a link: the document's name and the page, linking to the page
 * image of a PDF or photo ({@code /documents/{id}/pages/{n}}); a FHIR export has no pages, so it names the resource
 * and path instead and has no link.
 */
final class SourceLinks {
    private final Map<String, DocumentView> documents = new HashMap<>();

    SourceLinks(List<DocumentView> documents) {
        documents.forEach(d -> this.documents.put(d.id().toString(), d));
    }

    /** One value's source: what to read and, when the document has page images, where to open it. */
    record Source(String label, String href) {}

    /** The source of a value, or null when it has none. */
    public Source of(Provenance provenance) {
        if (provenance == null) {
            return null;
        }
        DocumentView document = documents.get(provenance.document());
        String name = document == null ? "an earlier document" : document.name();
        if (document == null || !paged(document)) {
            String detail = provenance.text().isBlank() ? "" : " (" + provenance.text() + ")";
            return new Source(name + detail, null);
        }
        return new Source(
                name + ", page " + provenance.page(), "/documents/" + document.id() + "/pages/" + provenance.page());
    }

    private static boolean paged(DocumentView document) {
        String type = document.contentType() == null ? "" : document.contentType();
        return type.equals("application/pdf") || type.startsWith("image/");
    }
}
