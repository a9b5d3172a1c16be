/**
 * The audit trail: an append-only record of every sign-in and every read or change of health data, who did it, from
 * where and whether it was allowed; read by admins only.
 */
package org.recordpath.intake.audit;
