/** The RecordPath service: wires the libraries into a Spring Boot application. */
package org.recordpath.intake;
