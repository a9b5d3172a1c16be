package org.recordpath.intake.audit;

/** What was done. Reads and changes of health data, sign-ins, requests refused by role, and admin changes. */
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
    EXPORT_SUMMARY_PDF,
    EXPORT_REGRESSION_CASE,
    READ_DOCUMENT,
    READ_DOCUMENT_CONTENT,
    UPLOAD,
    RERUN,
    READ_AUDIT,
    CREATE_ACCOUNT,
    CHANGE_ROLE,
    DISABLE_ACCOUNT,
    ENABLE_ACCOUNT,
    ASSIGN,
    UNASSIGN
}
