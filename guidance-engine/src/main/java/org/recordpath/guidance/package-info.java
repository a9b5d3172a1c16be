/** Risk scores, classification and pathway matching over a clinical profile. Entry point: {@link org.recordpath.guidance.GuidanceEngine}. */
package org.recordpath.guidance;
