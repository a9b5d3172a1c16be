package org.recordpath.intake.accounts;

/** What an account may do: a patient sees its own record, navigators and clinicians their assigned patients. */
public enum Role {
    PATIENT,
    NAVIGATOR,
    CLINICIAN,
    ADMIN
}
