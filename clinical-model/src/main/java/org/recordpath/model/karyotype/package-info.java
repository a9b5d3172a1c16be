/** ISCN karyotype parsing, clonality, lineages and the IPSS-R cytogenetic category (risk-scores.md section 3). */
package org.recordpath.model.karyotype;
