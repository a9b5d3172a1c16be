/** A patient's profile (reconciled from the facts of its documents) and the guidance evaluated from it. */
package org.recordpath.intake.guidance;
