package org.recordpath.fhir.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recordpath.fhir.read.FhirBundleImporter;
import org.recordpath.model.fact.Fact;

/**
 * Pulls a patient from a real HAPI plain server (RestfulServer in Jetty, in-memory providers, paging of 20): once
 * through {@code $everything}, once from a server without it (searches), and checks that the bearer token is sent
 * and that the pulled Bundle imports to the same facts as the resources the server holds (a patient-portal export
 * plus a statement whose drug is a referenced Medication).
 */
class FhirServerPullIT {
    private static final String TOKEN = "secret-token";
    private static final List<String> AUTHORIZATION = new CopyOnWriteArrayList<>();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();
    private static Path export;
    private static Bundle original;
    private static Bundle served;
    private static String patientId;
    private static Server jetty;
    private static String base;

    @BeforeAll
    static void startServer() throws Exception {
        export = Path.of(System.getProperty("recordpath.corpus"), "dev", "D002", "MyRecords_FHIR_20260626.json");
        original = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, Files.readString(export));
        List<Resource> resources = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : original.getEntry()) {
            Resource r = e.getResource();
            String id = r.getIdElement().getIdPart();
            r.setId(r.fhirType() + "/" + id.substring(id.lastIndexOf(':') + 1));
            resources.add(r);
        }
        patientId = resources.get(0).getIdElement().getIdPart();
        org.hl7.fhir.r4.model.Medication vidaza = new org.hl7.fhir.r4.model.Medication();
        vidaza.setId("Medication/m1");
        vidaza.setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("Vidaza 100 mg vial"));
        org.hl7.fhir.r4.model.MedicationStatement given = new org.hl7.fhir.r4.model.MedicationStatement();
        given.setId("MedicationStatement/s1");
        given.setStatus(org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus.COMPLETED);
        given.setMedication(new org.hl7.fhir.r4.model.Reference("Medication/m1"));
        given.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/" + patientId));
        given.setEffective(new org.hl7.fhir.r4.model.Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2025-05-01"))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2025-11-30")));
        resources.add(vidaza);
        resources.add(given);
        served = new Bundle().setType(Bundle.BundleType.COLLECTION);
        resources.forEach(r -> served.addEntry().setFullUrl(r.getId()).setResource(r));

        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(server(new PatientWithEverything(resources), resources)), "/full/*");
        handler.addServlet(
                new ServletHolder(
                        server(new InMemoryProvider(org.hl7.fhir.r4.model.Patient.class, resources), resources)),
                "/plain/*");
        jetty = new Server(0);
        jetty.setHandler(handler);
        jetty.start();
        base = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stopServer() throws Exception {
        jetty.stop();
    }

    private static RestfulServer server(IResourceProvider patients, List<Resource> resources) {
        RestfulServer server = new RestfulServer(FhirContext.forR4Cached());
        List<IResourceProvider> providers = new ArrayList<>(List.of(
                patients,
                new InMemoryProvider(Observation.class, resources),
                new InMemoryProvider(Condition.class, resources),
                new InMemoryProvider(MedicationRequest.class, resources),
                new InMemoryProvider(org.hl7.fhir.r4.model.MedicationStatement.class, resources),
                new InMemoryProvider(org.hl7.fhir.r4.model.Medication.class, resources)));
        server.setResourceProviders(providers);
        server.setPagingProvider(new FifoMemoryPagingProvider(10).setDefaultPageSize(20));
        server.registerInterceptor(new Object() {
            @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
            public boolean checkToken(RequestDetails request) {
                String auth = request.getHeader("Authorization");
                AUTHORIZATION.add(String.valueOf(auth));
                REQUESTS.add(request.getRequestPath());
                if (!("Bearer " + TOKEN).equals(auth)) {
                    throw new AuthenticationException("missing or wrong bearer token");
                }
                return true;
            }
        });
        return server;
    }

    private static List<String> describe(List<Fact> facts) {
        return facts.stream()
                .map(f -> f.field() + "=" + f.value().display() + "@" + f.asOf() + " " + f.context())
                .filter(s -> !s.startsWith("demographics."))
                .sorted()
                .toList();
    }

    @Test
    void pullsEverythingWithTheBearerTokenAndImportsWhatTheServerHolds() throws IOException {
        AUTHORIZATION.clear();
        REQUESTS.clear();

        Bundle pulled = FhirServerPull.create().fetch(base + "/full", TOKEN, patientId);

        assertThat(pulled.getEntry()).hasSize(served.getEntry().size());
        assertThat(REQUESTS).anyMatch(p -> p.endsWith("$everything"));
        assertThat(AUTHORIZATION).isNotEmpty().allMatch(("Bearer " + TOKEN)::equals);
        assertThat(describe(IMPORTER.importBundle("pulled", pulled)))
                .isEqualTo(describe(IMPORTER.importBundle("served", served)))
                .contains("treatments=azacitidine@2025-05-01 AFFIRMED");
    }

    @Test
    void fallsBackToSearchesWhenTheServerHasNoEverythingOperation() throws IOException {
        REQUESTS.clear();

        Bundle pulled = FhirServerPull.create().fetch(base + "/plain", TOKEN, patientId);

        assertThat(REQUESTS).contains("Observation", "Condition", "MedicationRequest", "Medication/m1");
        assertThat(describe(IMPORTER.importBundle("pulled", pulled)))
                .isEqualTo(describe(IMPORTER.importBundle("served", served)))
                .contains("treatments=azacitidine@2025-05-01 AFFIRMED");
    }

    @Test
    void refusesToContinueWhenTheServerRejectsTheToken() {
        assertThatThrownBy(() -> FhirServerPull.create().fetch(base + "/full", "wrong", patientId))
                .isInstanceOf(FhirServerException.class)
                .hasMessageContaining("HTTP 401");
    }
}
