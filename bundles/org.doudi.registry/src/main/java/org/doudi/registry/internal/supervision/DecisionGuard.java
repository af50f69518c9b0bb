package org.doudi.registry.internal.supervision;

import javax.persistence.EntityManager;

/**
 * Keeps a member of staff from deciding about their own close relatives (近亲属备案, no 人情保/关系保): a DS
 * service of this bundle, asked by every decision on a household's case, enrolment or warning before it is
 * written.
 */
public interface DecisionGuard {

    /**
     * Throws a {@code DoudiException} (403, {@code conflict-of-interest}) naming the registered relation when
     * {@code actor} may not take {@code decision} about {@code householdId}; returns otherwise.
     */
    void check(EntityManager em, String actor, String householdId, String decision);
}
