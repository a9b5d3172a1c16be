package org.recordpath.intake.guidance;

import java.util.UUID;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.model.profile.ClinicalProfile;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The profile and guidance contracts, written as the contract JSON (see the web module's converter). */
@RestController
@RequestMapping("/api/patients/{patientId}")
class GuidanceController {
    private final PatientGuidance guidance;
    private final Accounts accounts;

    GuidanceController(PatientGuidance guidance, Accounts accounts) {
        this.guidance = guidance;
        this.accounts = accounts;
    }

    @GetMapping("/profile")
    ClinicalProfile profile(Authentication auth, @PathVariable UUID patientId) {
        return guidance.profile(accounts.viewer(auth), patientId);
    }

    @GetMapping("/guidance")
    GuidanceReport guidance(Authentication auth, @PathVariable UUID patientId) {
        return guidance.guidance(accounts.viewer(auth), patientId);
    }
}
