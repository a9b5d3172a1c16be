/** Uploaded documents: streaming to disk, their rows, their processing status as callers see it. */
package org.recordpath.intake.documents;
