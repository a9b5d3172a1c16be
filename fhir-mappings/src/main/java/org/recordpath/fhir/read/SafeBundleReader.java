package org.recordpath.fhir.read;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Reads a Bundle from untrusted bytes. Before HAPI sees the input, the size is bounded, JSON nesting depth is
 * checked by a streaming scan ({@link JsonDepthScan}) and XML is refused when it declares a DOCTYPE or entities
 * ({@link XmlPrescan}): FHIR never needs a DTD, so no external entity can be resolved. A resource other than a
 * Bundle is refused with a plain message.
 */
final class SafeBundleReader {
    private final FhirContext context;
    private final ImportLimits limits;

    SafeBundleReader(FhirContext context, ImportLimits limits) {
        this.context = context;
        this.limits = limits;
    }

    Bundle read(String documentId, InputStream in, FhirFormat format) {
        byte[] bytes = readBounded(documentId, in);
        FhirFormat actual = FhirFormat.sniff(bytes)
                .orElseThrow(() -> new FhirImportException(documentId, "the file is neither FHIR JSON nor FHIR XML"));
        if (actual != format) {
            throw new FhirImportException(
                    documentId, "the file was declared " + format + " but its content is " + actual);
        }
        if (format == FhirFormat.JSON) {
            JsonDepthScan.check(documentId, bytes, limits.maxDepth());
        } else {
            XmlPrescan.check(documentId, bytes, limits.maxDepth());
        }
        IParser parser = format == FhirFormat.JSON ? context.newJsonParser() : context.newXmlParser();
        parser.setParserErrorHandler(new LenientErrorHandler(false));
        IBaseResource resource;
        try {
            resource = parser.parseResource(new ByteArrayInputStream(bytes));
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new FhirImportException(documentId, "the file is not a readable FHIR " + format + " resource", e);
        }
        if (resource instanceof Bundle bundle) {
            return bundle;
        }
        throw new FhirImportException(
                documentId, "expected a FHIR Bundle but the document is a " + resource.fhirType() + " resource");
    }

    private byte[] readBounded(String documentId, InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw new FhirImportException(
                            documentId, "the file is larger than the limit of " + limits.maxBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + documentId, e);
        }
        if (total == 0) {
            throw new FhirImportException(documentId, "the file is empty");
        }
        return out.toByteArray();
    }
}
