/** Reconciles the facts of all documents of a patient into one clinical profile. */
package org.recordpath.extraction.reconcile;
