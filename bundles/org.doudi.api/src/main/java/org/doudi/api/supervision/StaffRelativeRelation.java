package org.doudi.api.supervision;

/**
 * How a registered person is related to the member of staff who registered them (近亲属备案). {@link #SELF} records
 * the staff member's own ID number: the user directory holds none, and custody records (卡折代管) are checked against
 * it; a staff member's own household is handled by someone else, like a relative's.
 */
public enum StaffRelativeRelation {
    /** The staff member themselves (本人): their own ID number, registered once. */
    SELF,
    /** 配偶. */
    SPOUSE,
    /** 父母. */
    PARENT,
    /** 子女. */
    CHILD,
    /** 兄弟姐妹. */
    SIBLING,
    /** 祖父母、外祖父母. */
    GRANDPARENT,
    /** 孙子女、外孙子女. */
    GRANDCHILD,
    /** 配偶的父母. */
    PARENT_IN_LAW,
    /** 其他近亲属: another close relative the staff member declares. */
    OTHER_CLOSE
}
