/** IPSS-R and IPSS-M (risk-scores.md sections 1 and 2), and the lower/higher risk group of pathways.md section 2.1. */
package org.recordpath.guidance.risk;
