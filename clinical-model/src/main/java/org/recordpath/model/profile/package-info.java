/**
 * The clinical profile contract of DESIGN.md. A {@code null} component means "not stated in the records"
 * (unknown), never "negative"; lists are never null.
 */
package org.recordpath.model.profile;
