#!/usr/bin/env python3
"""Writes corpus.tsv (#14): karyotypes as laboratories write them, with expected values.

Every expected value is annotated BY HAND from ../shared/clinical/risk-scores.md section 3 (category table 1.1,
decision procedure 3.5, flags 3.6), either on a well-formed base karyotype below (a variant written the way
laboratories do must keep the base's values) or on the hand-written row itself. Nothing here runs the parser.
Strings are synthetic, written from ISCN 2020 rules and patterns common in published MDS case reports.

Columns: iscn, sex (M/F/-), del5q (IPSS-R sense), minus7/del7q, del17p (-17 or del(17p); not i(17q)), complex,
N (abnormality count; '?' unknown), category (or 'low..high' range; UNKNOWN when refused), repairs (rule ids joined
by '+', '-' for none) or 'REJECT: reason words', class, source note. Flags: 1, 0 or ? (unknown).
Run: python3 make_corpus.py > corpus.tsv
"""

# (modal, sex, abnormalities, N, del5q, m7, del17p, complex, category, why)
BASES = {
    "del5q": (46, "XY", ["del(5)(q13q33)"], 1, 1, 0, 0, 0, "Good", "single del(5q)"),
    "m7": (45, "XX", ["-7"], 1, 0, 1, 0, 0, "Poor", "single -7"),
    "t8": (47, "XY", ["+8"], 1, 0, 0, 0, 0, "Intermediate", "single +8"),
    "del20q": (46, "XX", ["del(20)(q11.2q13.3)"], 1, 0, 0, 0, 0, "Good", "single del(20q)"),
    "del11q": (46, "XY", ["del(11)(q14q23)"], 1, 0, 0, 0, 0, "Very Good", "single del(11q)"),
    "del12p": (46, "XX", ["del(12)(p12p13)"], 1, 0, 0, 0, 0, "Good", "single del(12p)"),
    "del7q": (46, "XY", ["del(7)(q22q36)"], 1, 0, 1, 0, 0, "Intermediate", "single del(7q) is not Poor"),
    "t33": (46, "XX", ["t(3;3)(q21.3;q26.2)"], 1, 0, 0, 0, 0, "Poor", "t(3q) single"),
    "i17q": (46, "XY", ["i(17)(q10)"], 1, 0, 0, 0, 0, "Intermediate", "single i(17q), not del17p"),
    "del5q_del20q": (46, "XY", ["del(5)(q13q33)", "del(20)(q11.2q13.3)"], 2, 1, 0, 0, 0, "Good",
                     "double including del(5q)"),
    "del5q_m7": (45, "XX", ["del(5)(q13q33)", "-7"], 2, 1, 1, 0, 0, "Poor", "-7 outranks del(5q)"),
    "t8_del20q": (47, "XY", ["+8", "del(20)(q11.2q13.3)"], 2, 0, 0, 0, 0, "Intermediate", "other double"),
    "m7_t8_t21": (47, "XY", ["-7", "+8", "+21"], 3, 0, 1, 0, 1, "Poor", "complex, exactly 3"),
    "cx5": (44, "XY", ["del(5)(q13q33)", "-7", "-17", "-18", "+mar"], 5, 1, 1, 1, 1, "Very Poor", "complex > 3"),
    "del17p": (46, "XX", ["del(17)(p11.2)"], 1, 0, 0, 1, 0, "Intermediate", "single del(17p)"),
    "t19": (47, "XY", ["+19"], 1, 0, 0, 0, 0, "Intermediate", "single +19"),
    "inv3": (46, "XY", ["inv(3)(q21q26.2)"], 1, 0, 0, 0, 0, "Poor", "inv(3) single"),
    "mY": (45, "X", ["-Y"], 1, 0, 0, 0, 0, "Very Good", "single -Y"),
    "add5q": (46, "XX", ["add(5)(q31)"], 1, 0, 0, 0, 0, "Intermediate", "add(5q) is not del(5q) for IPSS-R"),
    "normal": (46, "XY", [], 0, 0, 0, 0, 0, "Good", "normal"),
    "der17": (47, "XX", ["+1", "der(1;7)(q10;p10)", "+8"], 3, 0, 1, 0, 1, "Poor", "der(1;7) pair counts 2"),
    "t8_del7q": (47, "XY", ["+8", "del(7)(q22q34)"], 2, 0, 1, 0, 0, "Poor", "double including del(7q)"),
    "t13": (46, "XY", ["t(1;3)(p36;q21)"], 1, 0, 0, 0, 0, "Poor", "translocation with a 3q21 breakpoint"),
    "t8_del5q": (47, "XX", ["+8", "del(5)(q13q33)"], 2, 1, 0, 0, 0, "Good", "double including del(5q)"),
    "m5_m7_t8": (45, "XY", ["-5", "-7", "+8"], 3, 0, 1, 0, 1, "Poor", "complex 3; -5 is not del(5q) in IPSS-R"),
    "del5q_m7_t8": (46, "XX", ["del(5)(q13q33)", "-7", "+8"], 3, 1, 1, 0, 1, "Poor", "complex 3"),
    "cx4": (43, "XY", ["-5", "-7", "-17", "del(20)(q11.2q13.3)"], 4, 0, 1, 1, 1, "Very Poor", "complex 4"),
    "t922": (46, "XY", ["t(9;22)(q34;q11.2)"], 1, 0, 0, 0, 0, "Intermediate", "other single"),
    "t21": (47, "XY", ["+21"], 1, 0, 0, 0, 0, "Intermediate", "other single"),
    "del13q": (46, "XY", ["del(13)(q12q14)"], 1, 0, 0, 0, 0, "Intermediate", "other single"),
}

rows = []


def text(modal, sex, abn, count="[20]"):
    return ",".join([str(modal), sex] + abn) + count


def base_row(key, iscn, repairs, cls, note, sex="-"):
    modal, bsex, abn, n, d5, m7, p17, cx, cat, why = BASES[key]
    rows.append([iscn, sex, d5, m7, p17, cx, n, cat, repairs, cls, f"{note}; base {key}: {why}"])


def row(iscn, sex, d5, m7, p17, cx, n, cat, repairs, cls, note):
    rows.append([iscn, sex, d5, m7, p17, cx, n, cat, repairs, cls, note])


def reject(iscn, reason, cls, note, sex="-"):
    rows.append([iscn, sex, "-", "-", "-", "-", "-", "UNKNOWN", "REJECT: " + reason, cls, note])


# well-formed controls: every base as written, no repair
for key, (modal, sex, abn, *_rest) in BASES.items():
    base_row(key, text(modal, sex, abn), "-", "well-formed", "ISCN 2020 as written")

# hyphen for tilde: chromosome number ranges of composite karyotypes (ISCN writes 45~47)
for key in ["del5q", "m7", "t8", "del20q", "del11q", "t33", "del5q_m7", "m7_t8_t21", "cx5", "der17", "cx4",
            "t8_del5q", "del5q_m7_t8", "mY"]:
    modal, sex, abn, *_ = BASES[key]
    normal = "XY" if key == "mY" else sex
    base_row(key, f"{modal - 1}-{modal + 1},{sex}," + ",".join(abn) + f"[cp10]/46,{normal}[10]", "hyphen-range",
             "hyphen-range", "composite clone, modal range with '-'")
row("47,XY,+1-3mar[20]", "-", 0, 0, 0, "?", 1, "Intermediate..Poor", "hyphen-range", "hyphen-range",
    "1 to 3 markers: single (Intermediate), double (Intermediate) or complex 3 (Poor)")
row("46,XY,del(5)(q13q33),+1-3mar[20]", "-", 1, 0, 0, "?", 2, "Good..Very Poor", "hyphen-range", "hyphen-range",
    "del(5q) plus 1-3 markers: double with del(5q) Good up to 4 abnormalities Very Poor")
row("46-47,XY,-7,+1-2mar[cp12]", "-", 0, 1, 0, "?", 2, "Poor", "hyphen-range", "hyphen-range",
    "-7 plus 1-2 markers: double incl. -7 (Poor) or complex 3 (Poor): exact category, complex unknown")
row("44-48,XY,del(5)(q13q33),-7,+2-4mar[cp15]", "-", 1, 1, 0, 1, 4, "Very Poor", "hyphen-range", "hyphen-range",
    "at least 4 abnormalities: Very Poor whatever the marker count")
row("47,XX,+8,+1-2mar[20]", "-", 0, 0, 0, "?", 2, "Intermediate..Poor", "hyphen-range", "hyphen-range",
    "+8 and 1-2 markers: double Intermediate or complex 3 Poor")
reject("47-44,XY,+8[cp10]", "range upside down", "hyphen-range", "range written high to low: not repaired")
reject("46,XY,+1-3-5mar[20]", "not an ISCN abnormality", "hyphen-range", "two hyphens: no single reading")
reject("45-,XY,-7[20]", "not a chromosome number", "hyphen-range", "open range")

# '*2' for the ISCN multiplier x2: the same abnormality in two copies counts once (section 3.3)
row("48,XY,+8*2[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "star-multiplier", "multiplier", "tetrasomy 8 as +8*2")
row("46,XX,add(5)(q31)*2[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "star-multiplier", "multiplier",
    "issue example: two copies of add(5)(q31)")
row("49,XY,+8*2,+21[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "star-multiplier", "multiplier", "other double")
row("47,XY,+8*2,-7[20]", "-", 0, 1, 0, 0, 2, "Poor", "star-multiplier", "multiplier", "double including -7")
row("48,XX,+21*2[15]/46,XX[5]", "-", 0, 0, 0, 0, 1, "Intermediate", "star-multiplier", "multiplier", "single")
row("48,XY,del(5)(q13q33),+8*2[20]", "-", 1, 0, 0, 0, 2, "Good", "star-multiplier", "multiplier",
    "double including del(5q)")
row("50,XY,+8*2,+9*2[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "star-multiplier", "multiplier", "double")
row("48,XY,+8x2[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "-", "multiplier", "ISCN x2: no repair")
row("47,XY,-7,+8*2,+11[20]", "-", 0, 1, 0, 1, 3, "Poor", "star-multiplier", "multiplier", "complex 3")
reject("46,XY,del(5)(q13*q33)[20]", "not part of ISCN", "multiplier", "'*' inside a breakpoint: not a multiplier")
reject("48,XY,+8**2[20]", "not part of ISCN", "multiplier", "doubled star")

# colon for semicolon
row("46,XX,t(1:13)(q11:q14)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon",
    "issue example, other single")
row("46,XY,t(3:3)(q21:q26.2)[20]", "-", 0, 0, 0, 0, 1, "Poor", "colon-semicolon", "colon", "t(3q) single")
row("46,XY,t(9:22)(q34:q11.2)[18]/46,XY[2]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon",
    "other single")
row("46,XX,t(1:3)(p36.1:q21.2)[20]", "-", 0, 0, 0, 0, 1, "Poor", "colon-semicolon", "colon", "3q21 single")
row("47,XY,+1,der(1:7)(q10:p10)[20]", "-", 0, 1, 0, 0, 2, "Poor", "colon-semicolon", "colon",
    "+1,der(1;7): double including del(7q)")
row("46,XY,t(6:9)(p23:q34)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon", "other single")
row("46,XX,del(5)(q13q33),t(11:16)(q23:p13.3)[20]", "-", 1, 0, 0, 0, 2, "Good", "colon-semicolon", "colon",
    "double including del(5q)")
row("45,XY,-7,t(3:21)(q26:q22)[20]", "-", 0, 1, 0, 0, 2, "Poor", "colon-semicolon", "colon", "double incl. -7")
row("46,XY,t(2:11)(p21:q23)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon", "other single")
row("46,XX,der(1)(pter->q21::q32->qter)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "-", "colon",
    "'::' is the detailed system: no repair")
reject("46,XY,t(1:13:15)(q11:q14)[20]", "3 chromosomes but 2 breakpoint groups", "colon",
       "colons but breakpoints missing for one chromosome")
reject("46,XY,t(1;13)(q11:)[20]", "not a band", "colon", "colon with nothing after it")

# band ranges with a hyphen (uncertain breakpoint): same abnormality
for iscn, key in [("46,XY,del(5)(q13-14q33)[20]", "del5q"), ("46,XY,del(5)(q13-q33)[20]", "del5q"),
                  ("46,XX,del(20)(q11.2-q13.3)[20]", "del20q"), ("46,XX,del(20)(q11-12q13)[15]/46,XX[5]", "del20q"),
                  ("46,XY,del(11)(q14-q23)[20]", "del11q"), ("46,XX,del(12)(p12-p13)[20]", "del12p"),
                  ("46,XY,del(7)(q22-q36)[20]", "del7q"), ("46,XY,del(7)(q21-22q34)[20]", "del7q"),
                  ("46,XY,inv(3)(q21-q26.2)[20]", "inv3"), ("46,XX,del(17)(p11-12)[20]", "del17p"),
                  ("45,XX,del(5)(q15-q33),-7[20]", "del5q_m7"), ("46,XY,del(13)(q12-14q14)[20]", "del13q"),
                  ("46,XY,del(5)(q13-q31),del(20)(q11-q13)[20]", "del5q_del20q")]:
    base_row(key, iscn, "band-hyphen", "band-hyphen", "breakpoint range with '-'")
reject("46,XY,t(3;5)(q25-q35)[20]", "2 chromosomes but 1 breakpoint groups", "band-hyphen",
       "hyphen where the semicolon belongs: not a band range")
reject("46,XY,del(5)(q13-)[20]", "not a band", "band-hyphen", "open band range")

# breakpoints missing: every arm is tried; accepted only when all readings agree
row("46,XY,t(14;17)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "any t(14;17) is an other single abnormality")
row("46,XX,add(17)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "add(17): other single; add does not set del17p")
row("46,XY,t(9;22)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "other single whatever the arms")
row("46,XY,t(11;19)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "other single")
row("46,XX,add(11)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "add(11) is not del(11q)")
row("46,XY,del(5)(q)[20]", "-", 1, 0, 0, 0, 1, "Good", "-", "missing-breakpoints",
    "arm given, bands not: still del(5q)")
row("46,XY,del(7)(q?)[20]", "-", 0, 1, 0, 0, 1, "Intermediate", "-", "missing-breakpoints", "del(7q), band unknown")
row("46,XX,del(20)(q)[20]", "-", 0, 0, 0, 0, 1, "Good", "-", "missing-breakpoints", "del(20q), band unknown")
row("45,XY,del(5)(q),-7[20]", "-", 1, 1, 0, 0, 2, "Poor", "-", "missing-breakpoints", "del(5q) with -7")
row("43,XY,-5,-7,t(3;5),-17[20]", "-", 0, 1, 1, 1, 4, "Very Poor", "missing-breakpoints", "missing-breakpoints",
    "4 abnormalities: the arms of t(3;5) cannot change the category")
row("47,XY,+8,t(2;11)[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "double")
row("46,XY,inv(16)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "inv(16): other single whatever the arms")
row("46,XX,inv(3)[20]", "-", 0, 0, 0, 0, 1, "Poor", "missing-breakpoints", "missing-breakpoints",
    "inv(3) is Poor whatever the bands")
row("46,XY,del(5)(q13q33),t(1;12)[20]", "-", 1, 0, 0, 0, 2, "Good", "missing-breakpoints", "missing-breakpoints",
    "double including del(5q)")
reject("46,XY,del(5)[20]", "disagree", "missing-breakpoints", "del(5p) or del(5q): Intermediate or Good")
reject("46,XY,t(3;5)[20]", "disagree", "missing-breakpoints", "3p or 3q breakpoint: Intermediate or Poor")
reject("46,XX,del(20)[20]", "disagree", "missing-breakpoints", "del(20p) or del(20q)")
reject("46,XY,del(7)[20]", "disagree", "missing-breakpoints", "del(7p) or del(7q): flag differs")
reject("46,XY,del(11)[20]", "disagree", "missing-breakpoints", "del(11q) Very Good or del(11p) Intermediate")
reject("46,XY,inv(9)[20]", "disagree", "missing-breakpoints", "could be the heteromorphism inv(9)(p11q13)")
reject("46,XY,add(7)[20]", "disagree", "missing-breakpoints", "add(7q) loses 7q (IPSS-M del7_7q), add(7p) not")

# constitutional changes (c): not acquired, not counted
row("47,XY,+21c[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "constitutional", "constitutional +21 only")
row("47,XY,+21c,del(20)(q11.2q13.3)[10]/47,XY,+21c[10]", "-", 0, 0, 0, 0, 1, "Good", "-", "constitutional",
    "worked example 32")
row("46,XX,inv(9)(p12q13)c[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "constitutional", "issue example")
row("47,XXY c[20]", "-", 0, 0, 0, 0, 0, "Good", "ocr", "constitutional", "space before c")
row("47,XXYc,del(5)(q13q33)[20]", "-", 1, 0, 0, 0, 1, "Good", "-", "constitutional", "Klinefelter plus del(5q)")
row("48,XXY c,+8[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "ocr", "constitutional", "constitutional XXY, +8")
row("46,XX,t(11;22)(q23;q11.2)c[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "constitutional",
    "constitutional translocation")
row("46,XX,t(11;22)(q23;q11.2)c,-7,+8[20]", "-", 0, 1, 0, 0, 2, "Poor", "-", "constitutional",
    "constitutional change ignored: double incl. -7")
row("47,XY,+21 c,+8,-7[20]", "-", 0, 1, 0, 0, 2, "Poor", "ocr", "constitutional", "space before c")
row("47,XY,+21c,del(5)(q13q33)[20]", "-", 1, 0, 0, 0, 1, "Good", "-", "constitutional", "single del(5q)")
row("45,XX,rob(13;14)(q10;q10)c[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "constitutional",
    "constitutional Robertsonian")
row("47,XX,+21c,-7,+8,del(20)(q11.2q13.3)[20]", "-", 0, 1, 0, 1, 3, "Poor", "-", "constitutional",
    "three acquired: Poor (+21c not counted)")
reject("47,XY,+21con[20]", "not an ISCN abnormality", "constitutional", "not the c suffix")
reject("46,XY,c[20]", "not an ISCN abnormality", "constitutional", "c alone")

# polymorphisms / heteromorphisms: normal variants, not counted
for iscn, key, rep in [("46,XY,9ph,del(5)(q13q33)[20]", "del5q", "heteromorphism"),
                       ("46,XX,9qh,-7[20]", "m7", "heteromorphism"),
                       ("46,XY,1qh+,del(20)(q11.2q13.3)[20]", "del20q", "-"),
                       ("46,XY,16qh+,+8[20]", "t8", "-"),
                       ("46,XY,inv(9)(p11q13),del(11)(q14q23)[20]", "del11q", "-"),
                       ("46,XY,inv(9)(p12q13),+19[20]", "t19", "-"),
                       ("46,XY,Yqh+,del(5)(q13q33),del(20)(q11.2q13.3)[20]", "del5q_del20q", "-"),
                       ("46,XX,15ps+,t(3;3)(q21.3;q26.2)[20]", "t33", "-"),
                       ("46,XY,9qh+,-7,+8,+21[20]", "m7_t8_t21", "-"),
                       ("46,XX,16qh,del(12)(p12p13)[20]", "del12p", "heteromorphism"),
                       ("46,XY,1qh,del(7)(q22q36)[20]", "del7q", "heteromorphism")]:
    base_row(key, iscn, rep, "polymorphism", "heteromorphism beside the acquired change")
row("46,XY,9ph[20]", "-", 0, 0, 0, 0, 0, "Good", "heteromorphism", "polymorphism", "issue example: normal")
row("46,XY,inv(9)(p11q13)[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "polymorphism", "normal variant only")
row("46,XX,1qh+,16qh+[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "polymorphism", "two variants, normal")
reject("46,XY,9h[20]", "not an ISCN abnormality", "polymorphism", "no arm: not a known variant")
reject("46,XY,9phh[20]", "not an ISCN abnormality", "polymorphism", "garbled variant")

# free text instead of a karyotype: a stated category or range, never a guess
for t in ["complex", "complex karyotype", "Complex karyotype.", "complex abnormal karyotype",
          "complex monosomal karyotype", "COMPLEX"]:
    row(t, "-", "?", "?", "?", 1, "?", "Poor..Very Poor", "free-text", "free-text",
        "complex = 3 or more abnormalities: Poor or Very Poor")
for t in [">3 abnormalities", "complex (>3 abnormalities)", "complex karyotype with more than 3 abnormalities",
          "> 3 abnormalities"]:
    row(t, "-", "?", "?", "?", 1, "?", "Very Poor", "free-text", "free-text", "more than 3: Very Poor")
row(">=3 abnormalities", "-", "?", "?", "?", 1, "?", "Poor..Very Poor", "free-text", "free-text",
    "3 or more: Poor or Very Poor")
for t in ["normal", "normal karyotype", "Normal female karyotype", "normal male"]:
    row(t, "-", "?", "?", "?", 0, "?", "Good", "free-text", "free-text",
        "normal: Good; flags unknown without a metaphase count")
for t in ["failed", "culture failed", "no metaphases", "no growth", "insufficient metaphases"]:
    reject(t, "no karyotype result", "free-text", "no karyotype: category unknown")
for t in ["abnormal", "see report", "hyperdiploid", "monosomy 7", "non-complex"]:
    reject(t, "free text", "free-text", "words that do not state a category")

# missing sex chromosomes or chromosome number
row("46,del(20)(q11q13)[5]", "-", 0, 0, 0, 0, 1, "Good", "missing-sex", "missing-sex-count",
    "issue example; XX and XY readings agree")
row("45,-7[20]", "-", 0, 1, 0, 0, 1, "Poor", "missing-sex", "missing-sex-count", "single -7")
row("45,-7[20]", "M", 0, 1, 0, 0, 1, "Poor", "missing-sex", "missing-sex-count", "single -7, male")
row("47,+8[20]", "F", 0, 0, 0, 0, 1, "Intermediate", "missing-sex", "missing-sex-count", "single +8")
row("46,XY,del(5)(q13q33)[10]/46[10]", "-", 1, 0, 0, 0, 1, "Good", "missing-sex", "missing-sex-count",
    "sex of the normal clone taken from the other clone")
row("46,del(5)(q13q33)[15]/46[5]", "-", 1, 0, 0, 0, 1, "Good", "missing-sex", "missing-sex-count",
    "both clones without sex")
row("47,-7,+8,+21[20]", "-", 0, 1, 0, 1, 3, "Poor", "missing-sex", "missing-sex-count", "complex 3")
row("46,del(11)(q14q23)[20]", "-", 0, 0, 0, 0, 1, "Very Good", "missing-sex", "missing-sex-count", "del(11q)")
row("46[20]", "-", 0, 0, 0, 0, 0, "Good", "missing-sex", "missing-sex-count", "normal, sex not written")
row("XY,del(5)(q13q33)[20]", "-", 1, 0, 0, 0, 1, "Good", "missing-modal", "missing-sex-count",
    "chromosome number not written")
row("XX,-7[20]", "-", 0, 1, 0, 0, 1, "Poor", "missing-modal", "missing-sex-count", "chromosome number not written")
row("XY,+8,del(20)(q11.2q13.3)[12]/XY[8]", "-", 0, 0, 0, 0, 2, "Intermediate", "missing-modal",
    "missing-sex-count", "other double")
row("44,del(5)(q13q33),-7,-17,-18,+mar[20]", "-", 1, 1, 1, 1, 5, "Very Poor", "missing-sex",
    "missing-sex-count", "complex 5")
reject("del(5)(q13q33)[20]", "free text", "missing-sex-count", "neither number nor sex chromosomes")
reject("+8,del(20)(q11q13)[20]", "free text", "missing-sex-count", "neither number nor sex chromosomes")
reject("46,XZ,+8[20]", "sex chromosomes missing", "missing-sex-count", "not sex chromosomes")

# trailing text
for iscn, key in [("46,XY,del(5)(q13q33)[15] klinefelter", "del5q"),
                  ("45,XX,-7[20] (see comment)", "m7"),
                  ("47,XY,+8[20] see report", "t8"),
                  ("46,XX,del(20)(q11.2q13.3)[20] abnormal female karyotype", "del20q"),
                  ("46,XY,del(11)(q14q23)[20]; consistent with MDS", "del11q"),
                  ("46,XY[20] normal male karyotype", "normal"),
                  ("46,XX,t(3;3)(q21.3;q26.2)[20] (reviewed)", "t33"),
                  ("Karyotype: 47,XY,-7,+8,+21[20]", "m7_t8_t21"),
                  ("46,XY,del(5)(q13q33),del(20)(q11.2q13.3)[20] final", "del5q_del20q"),
                  ("45,X,-Y[20] age-related", "mY")]:
    base_row(key, iscn, "surrounding-text", "trailing-text", "words around the karyotype ignored")
row("46,XX normal", "-", 0, 0, 0, 0, 0, "Good", "surrounding-text", "trailing-text", "normal, no count")
reject("46,XY,del(5)(q13q33)[20] trisomy 8 on FISH", "text after the cell count", "trailing-text",
       "trailing text with a number could change the result")
reject("46,XY,+8[20] plus 2 nonclonal cells", "text after the cell count", "trailing-text", "numbers in the text")
reject("46,XY,del(7)(q22q36)[20] del(5q) by FISH", "text after the cell count", "trailing-text", "ISCN in text")

# alternative readings
row("46,XY,del(5)(q15q35 or q22q35)[20]", "-", 1, 0, 0, 0, 1, "Good", "alternative", "alternative",
    "issue example: either is del(5q)")
row("46,XX,del(20)(q11.2q13.1 or q11.2q13.3)[20]", "-", 0, 0, 0, 0, 1, "Good", "alternative", "alternative",
    "either is del(20q)")
row("47,XY,+8 or +9[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "alternative", "alternative",
    "either is an other single")
row("46,XY,t(1;3)(p36;q21 or q26)[20]", "-", 0, 0, 0, 0, 1, "Poor", "alternative", "alternative",
    "3q21 or 3q26: Poor either way")
row("46,XX,del(7)(q22q36 or q31q36)[20]", "-", 0, 1, 0, 0, 1, "Intermediate", "alternative", "alternative",
    "either is del(7q)")
row("45,XY,-7,del(11)(q14q23 or q21q25)[20]", "-", 0, 1, 0, 0, 2, "Poor", "alternative", "alternative",
    "double incl. -7 either way")
row("46,XY,del(12)(p11.2p13 or p12p13)[20]", "-", 0, 0, 0, 0, 1, "Good", "alternative", "alternative",
    "either is del(12p)")
row("46,XY,del(5)(q13q33),del(17)(p11.2 or p12)[20]", "-", 1, 0, 1, 0, 2, "Good", "alternative", "alternative",
    "double with del(5q) either way")
row("46,XX,inv(3)(q21q26.2 or q21q27)[20]", "-", 0, 0, 0, 0, 1, "Poor", "alternative", "alternative",
    "inv(3) either way")
reject("46,XY,-7 or del(7)(q22)[20]", "disagree", "alternative", "-7 Poor vs del(7q) Intermediate")
reject("45,XY,-5 or -7[20]", "disagree", "alternative", "-5 Intermediate vs -7 Poor")
reject("46,XY,del(11)(q14q23 or p11p15)[20]", "disagree", "alternative", "del(11q) vs del(11p)")
reject("46,XY,del(5)(q13q33) or del(20)(q11q13)[20]", "disagree", "alternative", "del(5q) flag differs")

# cell counts
row("46,XY,del(20)(q11q13)[6+3]/46,XY[11]", "-", 0, 0, 0, 0, 1, "Good", "cell-count-sum", "cell-counts",
    "[6+3] = 9 cells")
row("45,XX,-7[2+2]/46,XX[16]", "-", 0, 1, 0, 0, 1, "Poor", "cell-count-sum", "cell-counts",
    "2+2 = 4 cells: a loss in 4 cells is clonal")
row("45,XX,-7[1+1]/46,XX[18]", "-", 0, 0, 0, 0, 0, "Good", "cell-count-sum", "cell-counts",
    "1+1 = 2 cells: a loss needs 3 to be clonal")
row("47,XY,+8[1+1]/46,XY[18]", "-", 0, 0, 0, 0, 1, "Intermediate", "cell-count-sum", "cell-counts",
    "a gain in 2 cells is clonal")
row("46,XY,del(5)(q13q33)[10+5]/46,XY[5]", "-", 1, 0, 0, 0, 1, "Good", "cell-count-sum", "cell-counts", "")
row("45~47,XY,-7,+8,+21[cp5+5]/46,XY[10]", "-", 0, 1, 0, 1, 3, "Poor", "cell-count-sum", "cell-counts",
    "composite count as a sum")
row("46,XY,del(5)(q13q33)[10]/46,XY", "-", 1, 0, 0, 0, 1, "Good", "uncounted-clone", "cell-counts",
    "normal clone without a count")
row("45,XX,-7/46,XX[15]", "-", 0, 1, 0, 0, 1, "Poor", "uncounted-clone", "cell-counts",
    "abnormal clone without a count is still a clone")
row("46,XY,del(20)(q11.2q13.3)[8]/47,XY,idem,+8/46,XY[10]", "-", 0, 0, 0, 0, 2, "Intermediate",
    "uncounted-clone", "cell-counts", "sideline without a count")
row("46,XY,del(5)(q13q33)/46,XY", "-", 1, 0, 0, 0, 1, "Good", "-", "cell-counts", "no counts at all: all clonal")
row("45,XX,-7[20]", "-", 0, 1, 0, 0, 1, "Poor", "-", "cell-counts", "plain count")
reject("46,XY,+8[6-3]", "malformed cell count", "cell-counts", "a difference is not a count")
reject("46,XY,+8[6,3]", "malformed cell count", "cell-counts", "comma inside the count")
reject("46,XY,+8[cp]", "malformed cell count", "cell-counts", "no number")

# unbalanced brackets, stray commas, idem slips
for iscn, key, rep in [("46,XY,del(5)(q13q33[20]", "del5q", "unbalanced"),
                       ("46,XY,del(5)q13q33)[20]", "del5q", "unbalanced"),
                       ("46,XX,t(3;3)((q21.3;q26.2)[20]", "t33", "unbalanced"),
                       ("46,XY,del(11)(q14q23))[20]", "del11q", "unbalanced"),
                       ("46,XY,+8,,del(20)(q11.2q13.3)[20]".replace("46", "47"), "t8_del20q", "stray-separator"),
                       ("47,XY,-7,+8,+21,[20]", "m7_t8_t21", "stray-separator"),
                       ("46,XX,del(20)(q11.2q13.3)[20]/", "del20q", "stray-separator"),
                       ("46,XY,,del(5)(q13q33)[20]", "del5q", "stray-separator"),
                       ("45,XX,del(5)(q13q33),,-7[20]", "del5q_m7", "stray-separator")]:
    base_row(key, iscn, rep, "unbalanced-stray-idem", "one slip, one reading")
row("46,XY,der(5)t(5;?)q11.2;?)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "unbalanced", "unbalanced-stray-idem",
    "issue example: der(5)t(5;?)(q11.2;?), other single")
row("46,XX,del(5)(q13q33)[10]/47,XX,idem+8[5]", "-", 1, 0, 0, 0, 2, "Good", "idem-comma", "unbalanced-stray-idem",
    "idem,+8: double including del(5q)")
row("46,XX,del(20)(q11.2q13.3)[10]/47,XX,sl+8[6]/48,XX,sdl+21[4]", "-", 0, 0, 0, 1, 3, "Poor", "idem-comma",
    "unbalanced-stray-idem", "worked example 22 with commas missing")
row("46,XY,del(5)(q13q33)[8]/45,XY,idem-7[12]", "-", 1, 1, 0, 0, 2, "Poor", "idem-comma",
    "unbalanced-stray-idem", "idem,-7: double incl. -7")
reject("47,XY,idem,+8[10]/46,XY[10]", "refers to no earlier clone", "unbalanced-stray-idem",
       "idem in the first clone")
reject("46,XY[10]/47,XY,idem,+8[10]", "without abnormalities", "unbalanced-stray-idem", "idem of a normal clone")
reject("46,XY,del(5)(q13q33[10]/47,XY,+8(10]", "unbalanced", "unbalanced-stray-idem", "two slips: not repaired")
reject("45,XX,-7)[20]", "unbalanced", "unbalanced-stray-idem",
       "a lone stray ')' is not removed: it may stand for a lost character (-17?)")
reject("46,XX,del((7)(p11.2)[20]", "unbalanced", "unbalanced-stray-idem",
       "'((' before a chromosome: may stand for a lost digit (del(17)?)")
base_row("del11q", "46,XY,del(11)((q14q23)[20]", "unbalanced", "unbalanced-stray-idem", "doubled '(' before bands")
reject("47,XY,/21[20]", "sex chromosomes missing", "unbalanced-stray-idem",
       "a slash for + : 21 is no chromosome number, so no clone is invented")
reject("45,[15]/46,XX[5]", "does not match its chromosome number", "unbalanced-stray-idem",
       "45 chromosomes with XX and nothing lost: the X was lost from the text, not repaired")
reject("46,XY,del(5)(q13q33)[10]//46,XX[10]", "chimerism", "unbalanced-stray-idem", "'//' is chimerism, not a slip")

# sex-chromosome loss
row("45,X,-Y[20]", "-", 0, 0, 0, 0, 1, "Very Good", "-", "sex-loss", "issue example: -Y")
row("45,X[20]", "M", 0, 0, 0, 0, 1, "Very Good", "-", "sex-loss", "45,X in a male is -Y")
row("45,X[20]", "F", 0, 0, 0, 0, 1, "Intermediate", "-", "sex-loss", "45,X in a female is -X: other single")
row("45,X[12]/46,XY[8]", "-", 0, 0, 0, 0, 1, "Very Good", "-", "sex-loss", "the normal clone shows a Y")
row("44,X,-7[20]", "-", 0, 1, 0, 0, 2, "Poor", "single-x", "sex-loss",
    "-X or -Y with -7: double incl. -7 either way")
row("45,X,del(5)(q13q33)[20]", "-", 1, 0, 0, 0, 2, "Good", "single-x", "sex-loss",
    "-X or -Y with del(5q): double including del(5q) either way")
row("45,X,del(20)(q11.2q13.3)[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "single-x", "sex-loss",
    "-X or -Y with del(20q): other double either way")
row("44,X,-Y,-7[20]", "-", 0, 1, 0, 0, 2, "Poor", "-", "sex-loss", "double incl. -7")
row("46,X,-Y,+8[15]/46,XY[5]", "-", 0, 0, 0, 0, 2, "Intermediate", "-", "sex-loss", "worked example 19")
row("43,X,-Y,-5,-7[10]/46,XY[10]", "-", 0, 1, 0, 1, 3, "Poor", "-", "sex-loss", "worked example 24")
row("45,X,-X[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "-", "sex-loss", "-X: other single")
row("44,X,-7[20]", "M", 0, 1, 0, 0, 2, "Poor", "-", "sex-loss", "male: -Y and -7")
row("45,X[20]", "male", 0, 0, 0, 0, 1, "Very Good", "-", "sex-loss", "sex written out")
reject("45,X[20]", "disagree", "sex-loss", "unknown sex: -X (Intermediate) or -Y (Very Good)")
row("45,X[15]/46,XX[5]", "-", 0, 0, 0, 0, 1, "Intermediate", "-", "sex-loss",
    "the normal clone is XX: female, so -X")
row("46,X,+8[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "single-x", "sex-loss",
    "-X,+8 or -Y,+8: other double either way")
reject("45,X[20]", "disagree", "sex-loss", "sex not given (written as -)", sex="-")
reject("45,X[18]/46,X[2]", "disagree", "sex-loss", "two single-X clones, sex unknown")

# more strings per class, each annotated by hand
row("46,XY,t(8:21)(q22:q22)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon", "other single")
row("46,XY,t(5:12)(q33:p13)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "colon-semicolon", "colon",
    "a 5q33 translocation is not del(5q)")
row("47,XY,+8,t(1:3)(p36:q21)[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "colon-semicolon", "colon",
    "t(3q) is Poor only alone; this double is Intermediate")
row("46,XY,del(5)(q14-q15q33-q34)[20]", "-", 1, 0, 0, 0, 1, "Good", "band-hyphen", "band-hyphen",
    "two uncertain breakpoints, four readings, all del(5q)")
row("46,XX,del(20)(q11.2-q12)[20]", "-", 0, 0, 0, 0, 1, "Good", "band-hyphen", "band-hyphen", "del(20q)")
row("46,XY,del(11)(q21-23)[20]", "-", 0, 0, 0, 0, 1, "Very Good", "band-hyphen", "band-hyphen", "del(11q)")
row("46,XY,t(6;9)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "other single")
row("46,XX,t(15;17)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "other single")
row("45,XY,-7,t(1;5)[20]", "-", 0, 1, 0, 0, 2, "Poor", "missing-breakpoints", "missing-breakpoints",
    "double incl. -7 whatever the arms")
row("46,XY,dup(1)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "other single")
row("46,XY,i(17)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-breakpoints", "missing-breakpoints",
    "i(17p) or i(17q): an isochromosome is neither -17 nor del(17p) (section 3.6); other single")
reject("46,XX,i(7)[20]", "disagree", "missing-breakpoints", "i(7p) loses 7q (IPSS-M del7_7q), i(7q) not")
reject("46,XY,dic(5;17)[20]", "disagree", "missing-breakpoints", "which arm of 5 is lost decides IPSS-M del5q")
row("47,XY,inv(2)(p11.2q13)c,+8[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "-", "constitutional",
    "constitutional inversion ignored")
row("47,XXX c,del(20)(q11.2q13.3)[20]", "-", 0, 0, 0, 0, 1, "Good", "ocr", "constitutional", "triple X c")
row("45,XY,21ps+,-7[20]", "-", 0, 1, 0, 0, 1, "Poor", "-", "polymorphism", "satellite variant ignored")
row("46,XX,9qh+c[20]", "-", 0, 0, 0, 0, 0, "Good", "-", "polymorphism", "constitutional heteromorphism")
row("46,XY,inv(9)(p11q12),del(5)(q13q33)[20]", "-", 1, 0, 0, 0, 1, "Good", "-", "polymorphism", "single del(5q)")
row("46,XY,9ph,16qh[20]", "-", 0, 0, 0, 0, 0, "Good", "heteromorphism", "polymorphism", "two shorthand variants")
row("Complex karyotype (≥3 abnormalities)", "-", "?", "?", "?", 1, "?", "Poor..Very Poor", "free-text",
    "free-text", "3 or more")
row("complex, monosomal", "-", "?", "?", "?", 1, "?", "Poor..Very Poor", "free-text", "free-text", "complex")
reject("karyotype failed", "no karyotype result", "free-text", "failed culture")
reject("not done", "no karyotype result", "free-text", "not done")
row("46,t(9;22)(q34;q11.2)[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-sex", "missing-sex-count",
    "other single")
row("46,inv(3)(q21q26.2)[20]", "-", 0, 0, 0, 0, 1, "Poor", "missing-sex", "missing-sex-count", "inv(3)")
row("47,+8[15]/46[5]", "-", 0, 0, 0, 0, 1, "Intermediate", "missing-sex", "missing-sex-count", "two clones")
base_row("inv3", "46,XY,inv(3)(q21q26.2)[20] - MECOM rearranged", "surrounding-text", "trailing-text",
         "gene name after the karyotype")
base_row("del12p", "46,XX,del(12)(p12p13)[20] interpretation pending", "surrounding-text", "trailing-text",
         "words after the count")
reject("46,XX,-7[20] and 2 cells with +8", "text after the cell count", "trailing-text", "numbers in the text")
row("46,XY,t(3;21)(q26;q22 or q21)[20]", "-", 0, 0, 0, 0, 1, "Poor", "alternative", "alternative",
    "3q26 either way")
row("46,XX,del(20)(q11q13) or del(20)(q12q13)[20]", "-", 0, 0, 0, 0, 1, "Good", "alternative", "alternative",
    "del(20q) either way")
reject("46,XY,t(3;5)(q25;q35) or t(1;5)(p36;q35)[20]", "disagree", "alternative",
       "t(3q) Poor or other single Intermediate")
row("47,XY,+8[3+2]/46,XY[15]", "-", 0, 0, 0, 0, 1, "Intermediate", "cell-count-sum", "cell-counts", "5 cells")
row("46,XX,del(5)(q13q33)[cp3+3]/46,XX[14]", "-", 1, 0, 0, 0, 1, "Good", "cell-count-sum", "cell-counts",
    "composite count as a sum")
row("45,XY,-7[1+2]/46,XY[17]", "-", 0, 1, 0, 0, 1, "Poor", "cell-count-sum", "cell-counts",
    "3 cells: a clonal loss")
reject("47,XY,-7,+8,+21[2+0]", "malformed cell count", "cell-counts", "a term of 0 is not a count")
reject("46,XY,+8[+3]", "malformed cell count", "cell-counts", "sum without a first term")
base_row("t13", "46,XY,t(1;3)(p36;q21[20]", "unbalanced", "unbalanced-stray-idem", "missing ')'")
base_row("del12p", "46,XX,del(12)(p12p13[20]", "unbalanced", "unbalanced-stray-idem", "missing ')'")
base_row("del20q", "46,XX,del(20)(q11.2q13.3)[20],", "stray-separator", "unbalanced-stray-idem", "trailing comma")
reject("46,XX,del(5)(q13q33)[8]/47,XX,idem+8-7[6]", "not an ISCN abnormality", "unbalanced-stray-idem",
       "two commas missing: not repaired")
row("45,X,-Y[8]/46,XY[12]", "-", 0, 0, 0, 0, 1, "Very Good", "-", "sex-loss", "-Y in 8 cells")
row("45,X,-Y[2]/46,XY[18]", "-", 0, 0, 0, 0, 0, "Good", "-", "sex-loss", "a loss in 2 cells is not clonal")
row("46,X,-Y,+8[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "-", "sex-loss", "-Y counts: other double")
row("45,X[20]", "F", 0, 0, 0, 0, 1, "Intermediate", "-", "sex-loss", "female: -X")
row("47,XY,+1-2mar[20]", "-", 0, 0, 0, 0, 1, "Intermediate", "hyphen-range", "hyphen-range",
    "1 or 2 markers: single or double, Intermediate either way")
row("45,XX,-7,+1-2mar[20]".replace("45", "46"), "-", 0, 1, 0, "?", 2, "Poor", "hyphen-range", "hyphen-range",
    "-7 with markers: Poor either way")
row("48,XY,+8*2,del(20)(q11.2q13.3)[20]", "-", 0, 0, 0, 0, 2, "Intermediate", "star-multiplier", "multiplier",
    "other double")
row("47,XX,+8*2,-7[20]", "-", 0, 1, 0, 0, 2, "Poor", "star-multiplier", "multiplier", "double incl. -7")
row("46,XX,del(20)(q11.2q13.3)*2[20]", "-", 0, 0, 0, 0, 1, "Good", "star-multiplier", "multiplier",
    "del(20q) in two copies counts once")
reject("46,XY,*2[20]", "not part of ISCN", "multiplier", "a multiplier of nothing")

print("\t".join(["iscn", "sex", "del5q", "minus7_del7q", "del17p", "complex", "n", "category", "repairs", "class",
                 "note"]))
for r in rows:
    print("\t".join(str(x) for x in r))
