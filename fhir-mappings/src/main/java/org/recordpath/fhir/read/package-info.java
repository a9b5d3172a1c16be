/** Import of FHIR R4 Bundles (JSON or XML) into contract facts, with safe parsing of hostile input. */
package org.recordpath.fhir.read;
