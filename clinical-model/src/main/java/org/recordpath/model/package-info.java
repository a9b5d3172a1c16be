/** Plain value types shared by every RecordPath module: provenance, facts and the clinical profile contract. */
package org.recordpath.model;
