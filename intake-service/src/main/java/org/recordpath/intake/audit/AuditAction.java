package org.recordpath.intake.audit;

/** What was done. Reads and changes of health data, sign-ins, requests refused by role, and admin changes. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    ACCESS_DENIED,
    CREATE_PATIENT,
    /** A list of patient records (the staff home, the admin pages, {@code GET /api/patients}). */
    LIST_PATIENTS,
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
    /** The review queue: documents with unreviewed facts, across the caller's patients. */
    LIST_REVIEW_QUEUE,
    /** A document's extracted facts on the review screen. */
    READ_FACTS,
    /** A navigator's confirmation, correction or rejection of an extracted fact: a change to health data. */
    REVIEW_FACT,
    READ_AUDIT,
    CREATE_ACCOUNT,
    CHANGE_ROLE,
    DISABLE_ACCOUNT,
    ENABLE_ACCOUNT,
    /** Who is assigned to a patient record. */
    READ_ASSIGNMENTS,
    ASSIGN,
    UNASSIGN
}
