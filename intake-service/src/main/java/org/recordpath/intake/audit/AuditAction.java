package org.recordpath.intake.audit;

/** What was done. Reads and changes of health data, sign-ins, and requests refused by role. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    ACCESS_DENIED,
    CREATE_PATIENT,
    LIST_DOCUMENTS,
    READ_PROFILE,
    READ_GUIDANCE,
    EXPORT_FHIR,
    EXPORT_REGRESSION_CASE,
    READ_DOCUMENT,
    READ_DOCUMENT_CONTENT,
    UPLOAD,
    RERUN,
    READ_AUDIT
}
