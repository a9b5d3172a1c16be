package org.recordpath.guidance.logic;

/** Decides atoms against one patient's facts. */
@FunctionalInterface
public interface AtomResolver {
    Finding resolve(Atom atom);
}
