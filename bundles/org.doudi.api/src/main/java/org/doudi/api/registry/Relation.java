package org.doudi.api.registry;

/** A member's relation to the head of the household. */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING, OTHER
}
