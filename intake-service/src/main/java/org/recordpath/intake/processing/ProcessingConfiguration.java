package org.recordpath.intake.processing;

import java.time.Clock;
import java.util.List;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.intake.documents.Documents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the extraction library and the job machinery. */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {
    /** Structured (FHIR) importers are added here once fhir-mappings provides its adapter. */
    @Bean
    RecordExtractor recordExtractor() {
        return new RecordExtractor(List.of());
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
    DocumentProcessor documentProcessor(
            RecordExtractor extractor,
            Documents documents,
            JobQueue queue,
            StoredFacts facts,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            JobSettings settings) {
        return new DocumentProcessor(extractor, documents, queue, facts, tx, events, settings);
    }

    @Bean
    JobWorkers jobWorkers(JobQueue queue, DocumentProcessor processor, JobSettings settings) {
        return new JobWorkers(queue, processor, settings);
    }
}
