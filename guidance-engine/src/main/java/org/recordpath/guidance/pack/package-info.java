/** Versioned pathway packs: YAML files read with line numbers, validated at load time, and evaluated per patient. */
package org.recordpath.guidance.pack;
