package org.recordpath.intake.guidance;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.StoredFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuidanceConfiguration {
    @Bean
    GuidanceEngine guidanceEngine() {
        return GuidanceEngine.withDefaultPack();
    }

    @Bean
    PatientGuidance patientGuidance(
            Patients patients,
            StoredFacts facts,
            RecordExtractor extractor,
            GuidanceEngine engine,
            GuidanceSnapshotRepository snapshots,
            AuditLog audit,
            Clock clock,
            MeterRegistry registry) {
        return new PatientGuidance(patients, facts, extractor, engine, snapshots, audit, clock, registry);
    }
}
