/** Code systems, LOINC codes and the drug vocabulary shared by import and export. */
package org.recordpath.fhir.codes;
