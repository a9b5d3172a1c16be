package org.recordpath.extraction.harness;

/** One compared value: a field of the contract, its normalised value, and the format of the document it came from. */
record Slot(String field, String value, String format, boolean single) {}
