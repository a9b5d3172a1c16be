/** The facts of one patient as the pathway criteria see them: typed contract paths and the derived predicates. */
package org.recordpath.guidance.facts;
