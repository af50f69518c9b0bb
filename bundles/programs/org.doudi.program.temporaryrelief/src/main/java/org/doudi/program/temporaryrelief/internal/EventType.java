package org.doudi.program.temporaryrelief.internal;

/** The kind of sudden, urgent event (突发事件) behind a temporary-relief request. */
public enum EventType {
    /** Fire (火灾). */
    FIRE,
    /** Traffic or other accident (交通事故等意外). */
    ACCIDENT,
    /** Sudden serious illness (突发重大疾病). */
    ILLNESS,
    /** Natural disaster (自然灾害). */
    DISASTER,
    /** Death of a family member (家庭成员死亡). */
    BEREAVEMENT,
    /** Any other sudden hardship (其他), explained in the reason. */
    OTHER
}
