package org.recordpath.fhir.pull;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/** The Patient provider of a server that supports {@code Patient/{id}/$everything}. */
class PatientWithEverything extends InMemoryProvider {
    private final List<Resource> everything;

    PatientWithEverything(List<Resource> everything) {
        super(Patient.class, everything);
        this.everything = everything;
    }

    @Operation(name = "$everything", idempotent = true)
    public IBundleProvider everything(@IdParam IdType id) {
        List<IBaseResource> out = new ArrayList<>(everything);
        return new SimpleBundleProvider(out);
    }
}
