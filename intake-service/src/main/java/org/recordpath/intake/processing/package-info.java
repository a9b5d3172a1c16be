/** Processing jobs: the in-process worker pool, the job queue in the document table, stored facts. */
package org.recordpath.intake.processing;
