/** Extractors turning page text into facts with provenance, one extractor per part of the profile contract. */
package org.recordpath.extraction.extract;
