package org.recordpath.intake.patients;

import java.time.Clock;
import org.recordpath.intake.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class PatientsConfiguration {
    @Bean
    Patients patients(PatientRepository repository, JdbcClient jdbc, Clock clock, AuditLog audit) {
        return new Patients(repository, jdbc, clock, audit);
    }
}
