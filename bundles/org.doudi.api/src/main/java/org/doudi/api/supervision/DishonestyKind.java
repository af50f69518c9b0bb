package org.doudi.api.supervision;

/** How assistance was obtained dishonestly (以虚报、隐瞒、伪造等手段骗取社会救助). */
public enum DishonestyKind {
    /** False reporting of income, assets or household (虚报). */
    FALSE_REPORTING,
    /** Concealment of income, assets or a change of circumstances (隐瞒). */
    CONCEALMENT,
    /** Deception by forged documents or other means (伪造、骗取). */
    DECEPTION
}
