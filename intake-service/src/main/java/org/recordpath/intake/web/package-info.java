/** The web edge: contract JSON, problem details, correlation ids, and the server-rendered pages. */
package org.recordpath.intake.web;
