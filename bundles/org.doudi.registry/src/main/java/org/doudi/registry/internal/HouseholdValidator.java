package org.doudi.registry.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.StreetDirectory;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StreetBasis;

/**
 * Checks a household against every registry rule and reports all broken ones at once, naming each field by
 * its JSON path. Economic facts must name a member of the request by {@code personId} or {@code idNumber}.
 */
public final class HouseholdValidator {
    static final int MAX_MEMBERS = 50;
    static final int MAX_FACTS = 500;

    private final StreetDirectory streets;

    public HouseholdValidator(StreetDirectory streets) {
        this.streets = streets;
    }

    /**
     * Validates {@code h}. {@code knownPersonIds} are the person ids the household already has (empty on
     * creation): a member may carry only one of those; new members carry none.
     */
    public void validate(Household h, Set<String> knownPersonIds, LocalDate today) {
        Violations v = new Violations();
        v.text("street", h.street(), 32, true);
        if (h.street() != null && !h.street().isBlank() && streets.find(h.street()).isEmpty()) {
            v.add("street", "knownStreet", "'" + shorten(h.street()) + "' is not a street of this district; one of "
                    + streets.streets().stream().map(s -> s.id()).toList());
        }
        v.text("hukouAddress", h.hukouAddress(), 300, true);
        v.text("residenceAddress", h.residenceAddress(), 300, true);
        v.text("committee", h.committee(), 100, false);
        if (h.streetBasis() == StreetBasis.RESIDENCE && h.hukouAddress() != null && HouseholdFigures
                .normalize(h.hukouAddress()).equals(HouseholdFigures.normalize(h.residenceAddress()))) {
            v.add("streetBasis", "separationRequired",
                    "RESIDENCE applies only with people-household separation (hukou address differs from residence)");
        }
        validateMembers(h.members(), knownPersonIds, today, v);
        Map<String, Member> byId = new HashMap<>();
        Map<String, Member> byNumber = new HashMap<>();
        if (h.members() != null) {
            for (Member m : h.members()) {
                if (m != null && m.personId() != null) {
                    byId.put(m.personId(), m);
                }
                if (m != null && m.idNumber() != null) {
                    byNumber.put(m.idNumber().strip().toUpperCase(), m);
                }
            }
        }
        validateIncomes(h.incomes(), byId, byNumber, today, v);
        validateAssets(h.assets(), byId, byNumber, today, v);
        validateExpenditures(h.expenditures(), byId, byNumber, v);
        v.throwIfAny();
    }

    private void validateMembers(List<Member> members, Set<String> known, LocalDate today, Violations v) {
        if (members == null || members.isEmpty()) {
            v.add("members", "required", "a household needs at least one member");
            return;
        }
        if (members.size() > MAX_MEMBERS) {
            v.add("members", "maxItems", "at most " + MAX_MEMBERS + " members");
            return;
        }
        Set<String> numbers = new HashSet<>();
        Set<String> personIds = new HashSet<>();
        int heads = 0;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String p = "members[" + i + "]";
            if (m == null) {
                v.add(p, "required", "must not be null");
                continue;
            }
            if (m.personId() != null && (!known.contains(m.personId()) || !personIds.add(m.personId()))) {
                v.add(p + ".personId", "knownPerson", "is not a member of this household; leave it out for a new member");
            }
            v.text(p + ".name", m.name(), 100, true);
            v.required(p + ".relation", m.relation());
            v.required(p + ".hukouLocal", m.hukouLocal());
            validateIdNumber(m, p, today, numbers, v);
            if (m.disabilityGrade() != null && (m.disabilityGrade() < 1 || m.disabilityGrade() > 4)) {
                v.add(p + ".disabilityGrade", "range", "must be 1 to 4, was " + m.disabilityGrade());
            }
            if ((m.disabilityGrade() == null) != (m.disabilityCategory() == null)) {
                v.add(p + ".disabilityGrade", "together", "disabilityCategory and disabilityGrade go together");
            }
            if ((m.endedOn() == null) != (m.endReason() == null)) {
                v.add(p + ".endReason", "together", "endedOn and endReason go together");
            }
            if (m.endedOn() != null && m.endedOn().isAfter(today)) {
                v.add(p + ".endedOn", "notFuture", "must not be after today (" + today + ")");
            }
            if (m.endedOn() == null && m.relation() == Relation.HEAD) {
                heads++;
            }
            validateTags(m.tags(), p, v);
        }
        if (heads != 1) {
            v.add("members", "oneHead", "exactly one active member must have relation HEAD, found " + heads);
        }
    }

    private static void validateIdNumber(Member m, String p, LocalDate today, Set<String> numbers, Violations v) {
        if (m.idNumber() == null) {
            if (!Boolean.TRUE.equals(m.withoutIdNumber())) {
                v.add(p + ".idNumber", "required", "is required unless withoutIdNumber is true");
            }
            return;
        }
        if (Boolean.TRUE.equals(m.withoutIdNumber())) {
            v.add(p + ".withoutIdNumber", "contradiction", "must not be true when idNumber is given");
        }
        ResidentIdNumber.Result r = ResidentIdNumber.check(m.idNumber(), today);
        if (!r.valid()) {
            v.add(p + ".idNumber", r.rule(), "is not a valid resident ID number (GB 11643): " + r.message());
            return;
        }
        if (!numbers.add(r.normalized())) {
            v.add(p + ".idNumber", "uniqueInHousehold", "the same ID number appears twice in the household");
        }
        ResidentIdNumber id = ResidentIdNumber.parse(r.normalized(), today);
        if (m.birthDate() != null && !m.birthDate().equals(id.birthDate())) {
            v.add(p + ".birthDate", "matchesIdNumber", "must match the birth date in the ID number");
        }
        if (m.sex() != null && m.sex() != Sex.valueOf(id.sex().name())) {
            v.add(p + ".sex", "matchesIdNumber", "must match the sex encoded in the ID number");
        }
    }

    private static void validateTags(List<IdentityTag> tags, String p, Violations v) {
        if (tags == null) {
            return;
        }
        if (tags.size() > 100) {
            v.add(p + ".tags", "maxItems", "at most 100 tags");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < tags.size(); j++) {
            IdentityTag t = tags.get(j);
            String q = p + ".tags[" + j + "]";
            if (t == null || t.tag() == null) {
                v.add(q + ".tag", "required", "is required");
                continue;
            }
            if (!t.tag().matches(IdentityTags.PATTERN)) {
                v.add(q + ".tag", "pattern", "must be an upper-case code like CHILD_IN_DIFFICULTY");
            } else if (!seen.add(t.tag())) {
                v.add(q + ".tag", "unique", "tag " + t.tag() + " appears twice");
            }
            v.text(q + ".source", t.source(), 100, false);
        }
    }

    private static void validateIncomes(List<IncomeItem> items, Map<String, Member> byId,
            Map<String, Member> byNumber, LocalDate today, Violations v) {
        if (items == null || tooMany("incomes", items, v)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            IncomeItem x = items.get(i);
            String p = "incomes[" + i + "]";
            if (x == null) {
                v.add(p, "required", "must not be null");
                continue;
            }
            member(p, x.personId(), x.idNumber(), byId, byNumber, v);
            v.required(p + ".type", x.type());
            v.amount(p + ".monthlyAmount", x.monthlyAmount());
            v.text(p + ".source", x.source(), 100, true);
            notFuture(p + ".asOf", x.asOf(), today, true, v);
            if (x.from() != null && x.to() != null && x.to().isBefore(x.from())) {
                v.add(p + ".to", "afterFrom", "must not be before from");
            }
        }
    }

    private static void validateAssets(List<Asset> items, Map<String, Member> byId, Map<String, Member> byNumber,
            LocalDate today, Violations v) {
        if (items == null || tooMany("assets", items, v)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Asset x = items.get(i);
            String p = "assets[" + i + "]";
            if (x == null) {
                v.add(p, "required", "must not be null");
                continue;
            }
            member(p, x.personId(), x.idNumber(), byId, byNumber, v);
            v.required(p + ".type", x.type());
            v.amount(p + ".value", x.value());
            if (x.floorArea() != null) {
                if (x.type() != AssetType.REAL_ESTATE) {
                    v.add(p + ".floorArea", "realEstateOnly", "applies to REAL_ESTATE only");
                } else if (x.floorArea().signum() < 0 || x.floorArea().compareTo(new java.math.BigDecimal("100000")) > 0) {
                    v.add(p + ".floorArea", "range", "must be 0 to 100000 square metres");
                }
            }
            v.text(p + ".source", x.source(), 100, true);
            notFuture(p + ".asOf", x.asOf(), today, true, v);
        }
    }

    private static void validateExpenditures(List<Expenditure> items, Map<String, Member> byId,
            Map<String, Member> byNumber, Violations v) {
        if (items == null || tooMany("expenditures", items, v)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Expenditure x = items.get(i);
            String p = "expenditures[" + i + "]";
            if (x == null) {
                v.add(p, "required", "must not be null");
                continue;
            }
            member(p, x.personId(), x.idNumber(), byId, byNumber, v);
            v.required(p + ".type", x.type());
            v.amount(p + ".amount", x.amount());
            v.required(p + ".from", x.from());
            v.required(p + ".to", x.to());
            if (x.from() != null && x.to() != null && x.to().isBefore(x.from())) {
                v.add(p + ".to", "afterFrom", "must not be before from");
            }
            v.text(p + ".source", x.source(), 100, true);
        }
    }

    private static boolean tooMany(String field, List<?> items, Violations v) {
        if (items.size() > MAX_FACTS) {
            v.add(field, "maxItems", "at most " + MAX_FACTS + " items");
            return true;
        }
        return false;
    }

    private static void member(String p, String personId, String idNumber, Map<String, Member> byId,
            Map<String, Member> byNumber, Violations v) {
        if (personId != null) {
            if (!byId.containsKey(personId)) {
                v.add(p + ".personId", "memberOfHousehold", "names no member of this household");
            }
        } else if (idNumber != null) {
            if (!byNumber.containsKey(idNumber.strip().toUpperCase())) {
                v.add(p + ".idNumber", "memberOfHousehold", "names no member of this household");
            }
        } else {
            v.add(p + ".personId", "required", "name the member by personId (or idNumber)");
        }
    }

    private static void notFuture(String field, LocalDate date, LocalDate today, boolean required, Violations v) {
        if (date == null) {
            if (required) {
                v.add(field, "required", "is required");
            }
        } else if (date.isAfter(today)) {
            v.add(field, "notFuture", "must not be after today (" + today + ")");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
