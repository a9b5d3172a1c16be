/**
 * The engine's boundary (issue #10): whatever the source of a profile, every value is checked before it can decide
 * anything. An impossible value, a low-confidence or repaired reading that no navigator has confirmed, or a stated
 * flag that contradicts the karyotype becomes unknown, with the reason kept for the report.
 */
package org.recordpath.guidance.boundary;
