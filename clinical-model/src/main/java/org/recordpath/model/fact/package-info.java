/** Facts read from one document: a value for one contract field, with its date, provenance, confidence and context. */
package org.recordpath.model.fact;
