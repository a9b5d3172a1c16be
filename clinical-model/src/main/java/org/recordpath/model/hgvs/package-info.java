/** HGVS protein (p.) and coding DNA (c.) changes: parsing, validation and one canonical form. */
package org.recordpath.model.hgvs;
