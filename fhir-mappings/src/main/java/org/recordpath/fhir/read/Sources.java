package org.recordpath.fhir.read;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Resource;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;

/**
 * Makes the facts of one FHIR document: provenance is the document, page 1, no span and no box, and the text
 * "ResourceType/id path" (clinical-model {@link Provenance}).
 */
record Sources(String documentId) {
    static final double CODED = 1.0;
    static final double BY_TEXT = 0.9;
    static final double ORDER_ONLY = 0.8;

    Provenance provenance(Resource resource, String path, double confidence) {
        return new Provenance(documentId, 1, null, null, reference(resource) + " " + path, ReadMethod.FHIR, confidence);
    }

    Fact fact(
            String field,
            FactValue value,
            LocalDate asOf,
            Resource resource,
            String path,
            double confidence,
            Context context) {
        return new Fact(field, value, asOf, provenance(resource, path, confidence), confidence, context);
    }

    static String reference(Resource resource) {
        String id = resource.getIdElement().getIdPart();
        if (id != null && id.startsWith("urn:")) {
            id = id.substring(id.lastIndexOf(':') + 1);
        }
        return resource.fhirType() + "/" + (id == null ? "(no id)" : id);
    }
}
