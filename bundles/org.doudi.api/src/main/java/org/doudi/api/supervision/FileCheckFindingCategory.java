package org.doudi.api.supervision;

/** What is wrong with a sampled case file (档案材料集中核查的问题类别). */
public enum FileCheckFindingCategory {
    /** A document the file must hold is missing (an application form, an income proof, a survey record…). */
    MISSING_DOCUMENT,
    /** The amount decided or paid does not follow from the file. */
    WRONG_AMOUNT,
    /** A signature or seal is missing (the credit commitment, the verification authorisation, the approver…). */
    MISSING_SIGNATURE,
    /** A legal deadline was missed (the decision, the public notice, the review). */
    DEADLINE_MISSED,
    /** Anything else, said in the description. */
    OTHER
}
