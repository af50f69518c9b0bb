package org.doudi.api.supervision;

/** What someone holds for a recipient (卡折代管). */
public enum CustodyItem {
    /** 银行卡, 社保卡: the bank card assistance is paid to. */
    CARD,
    /** 存折: the passbook assistance is paid to. */
    PASSBOOK
}
