/** Export of a clinical profile and its guidance as a FHIR R4 Bundle (mCODE, Genomics Reporting). */
package org.recordpath.fhir.write;
