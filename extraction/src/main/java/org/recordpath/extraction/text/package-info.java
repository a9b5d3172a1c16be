/** Understanding page text: lines, sections, sentences, dates and the ConText-style context of a mention. */
package org.recordpath.extraction.text;
