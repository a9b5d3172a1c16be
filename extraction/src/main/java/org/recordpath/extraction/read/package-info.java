/** Reading documents into page texts: type sniffing, PDF text layers, OCR with word boxes. */
package org.recordpath.extraction.read;
