package org.recordpath.intake.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.IntakeTest;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The demo profile's accounts, and the prod guard that refuses them. */
@IntakeTest
class DemoAccountsTest {
    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Test
    void theDemoPatientIsBoundToARecordThatNavigatorAndClinicianAreAssignedTo() {
        Viewer patient = accounts.viewer("patient").orElseThrow();
        UUID record = patient.patientId();

        assertThat(patient.role()).isEqualTo(Role.PATIENT);
        assertThat(patients.maySee(accounts.viewer("navigator").orElseThrow(), record))
                .isTrue();
        assertThat(patients.maySee(accounts.viewer("clinician").orElseThrow(), record))
                .isTrue();
        assertThat(accounts.viewer("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void seedingTwiceCreatesNothingNew() throws Exception {
        int before = accounts.list().size();

        new DemoAccounts(accounts, patients).run(null);

        assertThat(accounts.list()).hasSize(before);
    }

    @Test
    void productionRefusesToStartWhileDemoAccountsExist() {
        ProductionGuard guard = new ProductionGuard(accounts, new DemoSettings(false));

        assertThatThrownBy(guard::afterPropertiesSet)
                .isInstanceOf(UnsafeProductionException.class)
                .hasMessageContaining("demo accounts [admin, clinician, navigator, patient]");
    }

    @Test
    void productionRefusesToStartWithDemoSeedingEnabled() {
        ProductionGuard guard = new ProductionGuard(accounts, new DemoSettings(true));

        assertThatThrownBy(guard::afterPropertiesSet).hasMessageContaining("recordpath.demo.enabled=true");
    }

    @Test
    void theStartupFailureReportSaysWhatToDo() {
        UnsafeProductionException failure = new UnsafeProductionException("demo accounts exist", "Delete them.");

        FailureAnalysis analysis = new UnsafeProductionAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Refusing to start: demo accounts exist");
        assertThat(analysis.getAction()).isEqualTo("Delete them.");
    }
}
