package org.recordpath.fhir.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one patient's resources from a FHIR R4 server as one collection Bundle, to be imported as one document
 * ({@code FhirBundleImporter.importBundle}). It asks for {@code Patient/{id}/$everything} first; when the server
 * does not support it (any error other than 401/403), it reads the Patient and searches each resource type the
 * importer reads ({@code Observation?patient=...} and so on), following {@code next} links. A bearer token, when
 * given, is sent with every request. Paging stops at {@value #MAX_RESOURCES} resources. Thread-safe.
 */
public final class FhirServerPull {
    static final int MAX_RESOURCES = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(FhirServerPull.class);
    private static final List<String> SEARCHED = List.of(
            "Condition",
            "Observation",
            "MedicationStatement",
            "MedicationRequest",
            "MedicationAdministration",
            "Procedure");

    private final FhirContext context;

    private FhirServerPull(FhirContext context) {
        this.context = context;
    }

    /** A pull client with its own FhirContext (so that its client settings do not touch the shared one). */
    public static FhirServerPull create() {
        FhirContext context = FhirContext.forR4();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        context.getRestfulClientFactory().setConnectTimeout(10_000);
        context.getRestfulClientFactory().setSocketTimeout(60_000);
        return new FhirServerPull(context);
    }

    public Bundle fetch(String baseUrl, String bearerToken, String patientId) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(patientId, "patientId");
        String id = patientId.startsWith("Patient/") ? patientId.substring("Patient/".length()) : patientId;
        IGenericClient client = context.newRestfulGenericClient(baseUrl);
        if (bearerToken != null && !bearerToken.isBlank()) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
        }
        Bundle out = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(new Date());
        try {
            try {
                Bundle everything = client.operation()
                        .onInstance(new IdType("Patient", id))
                        .named("$everything")
                        .withNoParameters(Parameters.class)
                        .returnResourceType(Bundle.class)
                        .execute();
                collect(client, everything, out);
                LOG.info(
                        "pulled {} resources with $everything from {}",
                        out.getEntry().size(),
                        baseUrl);
                return out;
            } catch (AuthenticationException | ForbiddenOperationException | FhirClientConnectionException e) {
                throw e;
            } catch (BaseServerResponseException e) {
                LOG.info(
                        "$everything not available at {} (HTTP {}); falling back to searches",
                        baseUrl,
                        e.getStatusCode());
            }
            add(out, client.read().resource(Patient.class).withId(id).execute());
            for (String type : SEARCHED) {
                search(client, type, id, out);
            }
            medications(client, out);
            LOG.info("pulled {} resources by search from {}", out.getEntry().size(), baseUrl);
            return out;
        } catch (FhirClientConnectionException e) {
            throw new FhirServerException("FHIR server " + baseUrl + " could not be reached", e);
        } catch (BaseServerResponseException e) {
            throw new FhirServerException("FHIR server " + baseUrl + " answered HTTP " + e.getStatusCode(), e);
        }
    }

    private void search(IGenericClient client, String type, String patientId, Bundle out) {
        try {
            Bundle page = client.search()
                    .byUrl(type + "?patient=" + patientId)
                    .returnBundle(Bundle.class)
                    .execute();
            collect(client, page, out);
        } catch (AuthenticationException | ForbiddenOperationException | FhirClientConnectionException e) {
            throw e;
        } catch (BaseServerResponseException e) {
            LOG.debug("search {} not supported at this server (HTTP {})", type, e.getStatusCode());
        }
    }

    /** Searches do not bring the Medication resources that medication statements and orders refer to. */
    private static void medications(IGenericClient client, Bundle out) {
        java.util.Set<String> wanted = new java.util.TreeSet<>();
        for (Bundle.BundleEntryComponent e : out.getEntry()) {
            org.hl7.fhir.r4.model.Type medication = null;
            if (e.getResource() instanceof org.hl7.fhir.r4.model.MedicationStatement s) {
                medication = s.getMedication();
            } else if (e.getResource() instanceof org.hl7.fhir.r4.model.MedicationRequest r) {
                medication = r.getMedication();
            } else if (e.getResource() instanceof org.hl7.fhir.r4.model.MedicationAdministration a) {
                medication = a.getMedication();
            }
            if (medication instanceof org.hl7.fhir.r4.model.Reference ref
                    && ref.getReference() != null
                    && ref.getReference().startsWith("Medication/")) {
                wanted.add(ref.getReference().substring("Medication/".length()));
            }
        }
        for (String medicationId : wanted) {
            try {
                add(
                        out,
                        client.read()
                                .resource(org.hl7.fhir.r4.model.Medication.class)
                                .withId(medicationId)
                                .execute());
            } catch (AuthenticationException | ForbiddenOperationException | FhirClientConnectionException e) {
                throw e;
            } catch (BaseServerResponseException e) {
                LOG.debug("Medication not readable at this server (HTTP {})", e.getStatusCode());
            }
        }
    }

    private static void collect(IGenericClient client, Bundle first, Bundle out) {
        Bundle page = first;
        while (true) {
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                if (e.getResource() != null && !(e.getResource() instanceof org.hl7.fhir.r4.model.OperationOutcome)) {
                    add(out, e.getResource());
                }
            }
            if (page.getLink(Bundle.LINK_NEXT) == null || out.getEntry().size() >= MAX_RESOURCES) {
                return;
            }
            page = client.loadPage().next(page).execute();
        }
    }

    private static void add(Bundle out, Resource r) {
        if (out.getEntry().size() >= MAX_RESOURCES) {
            return;
        }
        out.addEntry()
                .setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart())
                .setResource(r);
    }
}
