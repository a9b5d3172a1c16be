package org.recordpath.intake.documents;

import java.time.Clock;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.patients.Patients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {
    @Bean
    StorageKeys storageKeys(StorageSettings settings) {
        return StorageKeys.from(settings);
    }

    @Bean
    DocumentStore documentStore(StorageSettings settings, StorageKeys keys) {
        return new DocumentStore(settings, keys);
    }

    @Bean
    Documents documents(
            DocumentRepository repository,
            DocumentStore store,
            Patients patients,
            JdbcClient jdbc,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        return new Documents(repository, store, patients, jdbc, tx, events, audit, clock);
    }
}
