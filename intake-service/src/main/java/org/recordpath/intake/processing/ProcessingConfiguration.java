package org.recordpath.intake.processing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.read.OcrEngine;
import org.recordpath.extraction.read.ReaderSettings;
import org.recordpath.fhir.read.FhirBundleImporter;
import org.recordpath.fhir.read.FhirImportException;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the extraction library and the job machinery. */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {
    /** FHIR bundles (JSON or XML) are imported by fhir-mappings; everything else is read page by page. */
    @Bean
    RecordExtractor recordExtractor() {
        return RecordExtractor.withFhirBundles(FhirBundleImporter.create()::importFacts, FhirImportException.class);
    }

    @Bean
    JobQueue jobQueue(JdbcClient jdbc, Clock clock) {
        return new JobQueue(jdbc, clock);
    }

    @Bean
    StoredFacts storedFacts(JdbcClient jdbc) {
        return new StoredFacts(jdbc);
    }

    @Bean
    ReviewQueue reviewQueue(
            StoredFacts facts,
            Documents documents,
            Patients patients,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            org.recordpath.intake.audit.AuditLog audit) {
        return new ReviewQueue(facts, documents, patients, tx, events, clock, audit);
    }

    @Bean
    DocumentProcessor documentProcessor(
            RecordExtractor extractor,
            Documents documents,
            JobQueue queue,
            StoredFacts facts,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            JobSettings settings,
            JobMetrics metrics) {
        return new DocumentProcessor(extractor, documents, queue, facts, tx, events, settings, metrics);
    }

    /** A probe of its own (the extractor's engine is internal); loads one Tesseract model when first asked. */
    @Bean(destroyMethod = "close")
    OcrEngine healthProbeOcrEngine() {
        return new OcrEngine(ReaderSettings.defaults());
    }

    @Bean
    TesseractHealth tesseractHealthIndicator(
            OcrEngine healthProbeOcrEngine, @Value("${recordpath.ocr.required:false}") boolean required) {
        return new TesseractHealth(healthProbeOcrEngine, required);
    }

    @Bean
    JobMetrics jobMetrics(MeterRegistry registry, JobQueue queue) {
        return new JobMetrics(registry, queue);
    }

    /** The in-process workers poll the document table; with RabbitMQ (profile rabbitmq) consumers take their place. */
    @Bean
    @Profile("!rabbitmq")
    JobWorkers jobWorkers(JobQueue queue, DocumentProcessor processor, JobSettings settings, NodeIdentity node) {
        return new JobWorkers(queue, processor, settings, node);
    }

    /** This node's id in the data folder, for lease owners (#11: a restarted node frees its dead jobs at once). */
    @Bean
    NodeIdentity nodeIdentity(@Value("${recordpath.data-dir:./data}") java.nio.file.Path dataDir) {
        return NodeIdentity.load(dataDir);
    }
}
