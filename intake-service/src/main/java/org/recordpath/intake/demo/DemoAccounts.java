package org.recordpath.intake.demo;

import java.util.List;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.patients.PatientSummary;
import org.recordpath.intake.patients.Patients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Creates the demo accounts once: {@code patient} bound to a synthetic demo patient, {@code navigator} and
 * {@code clinician} assigned to that patient, and {@code admin}; all with the password {@value #PASSWORD}.
 */
class DemoAccounts implements ApplicationRunner {
    static final String PASSWORD = "demo";
    static final List<String> NAMES = List.of("patient", "navigator", "clinician", "admin");
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final Patients patients;

    DemoAccounts(Accounts accounts, Patients patients) {
        this.accounts = accounts;
        this.patients = patients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("patient")) {
            return;
        }
        PatientSummary demoPatient = patients.create(null, "Demo patient (synthetic)");
        accounts.create(new NewAccount("patient", PASSWORD, Role.PATIENT, demoPatient.id(), true));
        Viewer navigator = accounts.create(new NewAccount("navigator", PASSWORD, Role.NAVIGATOR, null, true));
        Viewer clinician = accounts.create(new NewAccount("clinician", PASSWORD, Role.CLINICIAN, null, true));
        accounts.create(new NewAccount("admin", PASSWORD, Role.ADMIN, null, true));
        patients.assign(navigator.accountId(), demoPatient.id());
        patients.assign(clinician.accountId(), demoPatient.id());
        log.info("demo accounts {} created (password \"{}\"); not for production", NAMES, PASSWORD);
    }
}
