package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import org.recordpath.model.fact.Provenance;

/**
 * One IPSS-R input with its points.
 *
 * @param input cyto, blasts, hb, plt or anc
 * @param path contract path of the input
 * @param value the input as shown, "not recorded" when missing
 * @param points null when unknown (missing, or a bound that straddles a boundary)
 * @param minPoints lowest possible points
 * @param maxPoints highest possible points
 * @param inexact the value was a bound ("&lt;0.1") that still decides the points
 */
public record IpssrComponent(
        String input,
        String path,
        String value,
        BigDecimal points,
        BigDecimal minPoints,
        BigDecimal maxPoints,
        boolean inexact,
        Provenance source) {}
