/** Three-valued (Kleene) logic and the criterion trees that pathway packs are made of. */
package org.recordpath.guidance.logic;
