package org.recordpath.model.karyotype;

/**
 * The flags of risk-scores.md section 3.6, from the clonal abnormalities of the karyotype alone.
 *
 * @param del5q clonal del(5)(q...) (IPSS-R sense)
 * @param minus7 clonal -7
 * @param del7q clonal del(7)(q...) or der(1;7)(q10;p10)
 * @param complex complex as scored in section 3.5 (also the IPSS-M {@code complex})
 * @param isolatedDel5q del(5q) alone or with one other abnormality that is not -7/del(7q), within its lineage
 * @param ipssmDel5q IPSS-M {@code del5q}: del(5q), -5 or an unbalanced change losing 5q
 * @param ipssmDel7or7q IPSS-M {@code del7_7q}: -7, del(7q) or another 7q loss
 * @param ipssmDel17or17p IPSS-M {@code del17_17p}: -17 or del(17p), not i(17q)
 */
public record KaryotypeFlags(
        boolean del5q,
        boolean minus7,
        boolean del7q,
        boolean complex,
        boolean isolatedDel5q,
        boolean ipssmDel5q,
        boolean ipssmDel7or7q,
        boolean ipssmDel17or17p) {

    /** The contract's {@code minus7OrDel7q}. */
    public boolean minus7OrDel7q() {
        return minus7 || del7q;
    }
}
