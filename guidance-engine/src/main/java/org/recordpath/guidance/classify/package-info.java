/** WHO 2022 and ICC 2022 MDS types (risk-scores.md section 4). */
package org.recordpath.guidance.classify;
