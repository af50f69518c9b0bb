package org.doudi.rest.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * What a caller may see of a household (GB/T 35273 §7.2: de-identify on display): another street's household
 * does not exist for a street-level caller (404); ID numbers are masked for roles that do not need them; a
 * partner sees identity and membership only, no income, assets, health or disability.
 */
public final class CallerViews {
    /** Matches no household: what a street-level caller gets when asking for another street. */
    static final String NO_STREET = "-";

    private CallerViews() {
    }

    /** The household as {@code caller} may see it; 404 when it is outside the caller's street. */
    public static Household view(Household h, Caller caller) {
        if (!caller.maySee(h.street())) {
            throw DoudiException.notFound("household " + h.id());
        }
        boolean full = caller.seesFullIdNumbers();
        boolean partner = partnerOnly(caller);
        if (full && !partner) {
            return h;
        }
        List<Member> members = h.members().stream().map(m -> partner ? identityOnly(m) : masked(m))
                .collect(Collectors.toList());
        if (!partner) {
            return withMembers(h, members, h.incomes(), h.assets(), h.expenditures(), true);
        }
        return withMembers(h, members, null, null, null, false);
    }

    /** True for a partner without any other role that would widen its view: it gets the reduced views. */
    public static boolean partnerOnly(Caller caller) {
        return caller.hasRole(Roles.PARTNER) && !caller.seesFullIdNumbers() && !caller.hasRole(Roles.AUDITOR)
                && !caller.hasAnyRole(Roles.STREET_LEVEL);
    }

    /**
     * The enrolment as {@code caller} may see it; 404 when it is outside the caller's street. A partner sees
     * the beneficiary status only (what the DCI beneficiary registry answers): no amount, account, history,
     * case, review date or supervision flags.
     */
    public static Enrolment view(Enrolment e, Caller caller) {
        if (!caller.maySee(e.street())) {
            throw DoudiException.notFound("enrolment " + e.id());
        }
        if (!partnerOnly(caller)) {
            return e;
        }
        return new Enrolment(e.id(), e.householdId(), e.programId(), null, null, null, null, null, null, e.status(),
                null, e.statusSince(), e.beneficiaryStatus(), null, e.version(), List.of());
    }

    private static Member masked(Member m) {
        return m.withIdNumber(ResidentIdNumber.mask(m.idNumber()));
    }

    private static Member identityOnly(Member m) {
        return new Member(m.personId(), ResidentIdNumber.mask(m.idNumber()), m.withoutIdNumber(), m.name(),
                m.relation(), m.sex(), m.birthDate(), m.hukouLocal(), null, null, null, null, null, null, null, null,
                m.endedOn(), m.endReason());
    }

    private static Household withMembers(Household h, List<Member> members, List<org.doudi.api.registry.IncomeItem> in,
            List<org.doudi.api.registry.Asset> assets, List<org.doudi.api.registry.Expenditure> out, boolean figures) {
        return new Household(h.id(), h.street(), h.streetName(), h.streetBasis(), h.committee(), h.hukouAddress(),
                h.residenceAddress(), members, in, assets, out, h.memberCount(),
                figures ? h.perCapitaMonthlyIncome() : null, figures ? h.perCapitaAssets() : null,
                figures ? h.perCapitaMonetaryAssets() : null, figures ? h.rigidExpenditureLast12Months() : null,
                h.peopleHouseholdSeparation(), h.nonLocalMembers(), h.complexComposition(), h.figuresAsOf(),
                h.version(), h.createdAt(), h.updatedAt(), null, figures ? h.enrolledPrograms() : null);
    }

    /**
     * The street filter to apply for {@code caller}: the requested one for district-level callers; a street-level
     * caller's own street, and for another street one that matches nothing (no leak in lists or counts).
     */
    public static String streetFilter(Caller caller, String requested) {
        if (!caller.streetScoped()) {
            return requested;
        }
        if (caller.street() == null || (requested != null && !requested.equals(caller.street()))) {
            return NO_STREET;
        }
        return caller.street();
    }

    /** A street-level caller may write only records of their own street; others anywhere. */
    public static void requireOwnStreet(Caller caller, String street, String field) {
        if (caller.streetScoped() && (caller.street() == null || !caller.street().equals(street))) {
            throw new org.doudi.api.ValidationException(field, "ownStreet",
                    "a street-level user registers and changes households of their own street only");
        }
    }
}
