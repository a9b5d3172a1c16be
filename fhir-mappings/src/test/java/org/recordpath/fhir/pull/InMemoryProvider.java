package org.recordpath.fhir.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/** A plain-server resource provider over a fixed list: read by id and search by patient. */
class InMemoryProvider implements IResourceProvider {
    private final Class<? extends Resource> type;
    private final List<Resource> resources;

    InMemoryProvider(Class<? extends Resource> type, List<Resource> resources) {
        this.type = type;
        this.resources = resources.stream().filter(type::isInstance).toList();
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return type;
    }

    @Read
    public IBaseResource read(@IdParam IdType id) {
        return resources.stream()
                .filter(r -> r.getIdElement().getIdPart().equals(id.getIdPart()))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<IBaseResource> byPatient(@RequiredParam(name = "patient") ReferenceParam patient) {
        return resources.stream()
                .filter(r -> FhirContext.forR4Cached()
                        .newJsonParser()
                        .encodeResourceToString(r)
                        .contains(patient.getIdPart()))
                .map(IBaseResource.class::cast)
                .toList();
    }

    List<Resource> all() {
        return resources;
    }
}
