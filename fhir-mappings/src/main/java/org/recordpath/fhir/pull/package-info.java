/** Fetching one patient's resources from a FHIR server ({@code $everything} or searches) as one Bundle. */
package org.recordpath.fhir.pull;
