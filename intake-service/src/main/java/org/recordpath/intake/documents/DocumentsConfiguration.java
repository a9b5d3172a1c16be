package org.recordpath.intake.documents;

import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import java.time.Clock;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {
    /** The embedded H2 database file encrypted with a key of the key store (#11). */
    @Bean
    static EmbeddedDatabaseEncryption embeddedDatabaseEncryption() {
        return new EmbeddedDatabaseEncryption();
    }

    @Bean
    StorageKeys storageKeys(StorageSettings settings) {
        return StorageKeys.from(settings);
    }

    @Bean(destroyMethod = "close")
    DocumentStore documentStore(StorageSettings settings, StorageKeys keys) {
        return new DocumentStore(settings, keys);
    }

    /**
     * Multipart parts are written to disk as they stream in (plaintext, before the upload is encrypted): into an
     * owner-only folder of this process under {@code <data-dir>/uploads}, whose leftovers from a killed process are
     * removed at start-up (#11), instead of Tomcat's temp folder outside the data folder.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    MultipartConfigElement multipartConfigElement(
            MultipartProperties multipart, @Value("${recordpath.data-dir:./data}") Path dataDir) {
        ProcessFolder uploads = ProcessFolder.claim(dataDir.toAbsolutePath().resolve("uploads"));
        multipart.setLocation(uploads.path().toString());
        return new HeldMultipartConfig(multipart.createMultipartConfig(), uploads);
    }

    /** Keeps the upload folder (and its lock) referenced for as long as the configuration is. */
    static final class HeldMultipartConfig extends MultipartConfigElement {
        @SuppressWarnings("unused")
        private final ProcessFolder folder;

        HeldMultipartConfig(MultipartConfigElement config, ProcessFolder folder) {
            super(
                    config.getLocation(),
                    config.getMaxFileSize(),
                    config.getMaxRequestSize(),
                    config.getFileSizeThreshold());
            this.folder = folder;
        }
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
