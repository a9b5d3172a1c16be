/**
 * Reads uploaded documents into facts with provenance and reconciles a patient's facts into a profile. The entry
 * point is {@link org.recordpath.extraction.RecordExtractor}.
 */
package org.recordpath.extraction;
