package org.recordpath.fhir.write;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Adds resources to a collection Bundle under fresh {@code urn:uuid} full URLs and hands out references to them. */
final class Entries {
    private final Bundle bundle;

    Entries(Bundle bundle) {
        this.bundle = bundle;
    }

    Reference add(Resource resource) {
        String id = UUID.randomUUID().toString();
        resource.setId(id);
        String fullUrl = "urn:uuid:" + id;
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        return new Reference(fullUrl);
    }
}
