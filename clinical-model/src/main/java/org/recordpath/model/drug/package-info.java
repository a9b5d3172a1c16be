/** The drug vocabulary shared by extraction and the guidance engine (pathways.md section 3.1). */
package org.recordpath.model.drug;
