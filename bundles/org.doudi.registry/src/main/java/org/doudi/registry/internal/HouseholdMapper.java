package org.doudi.registry.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.doudi.api.StreetDirectory;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StreetBasis;
import org.doudi.registry.internal.entity.AssetRow;
import org.doudi.registry.internal.entity.ExpenditureRow;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.IncomeRow;
import org.doudi.registry.internal.entity.MemberEntity;
import org.doudi.registry.internal.entity.TagRow;

/**
 * Copies validated households into entities and entities back into API records. Public for the bulk reader's
 * equivalence tests ({@code internal.bulk}).
 */
public final class HouseholdMapper {

    private final StreetDirectory streets;
    private final Supplier<String> ids;

    public HouseholdMapper(StreetDirectory streets) {
        this(streets, () -> UUID.randomUUID().toString());
    }

    HouseholdMapper(StreetDirectory streets, Supplier<String> ids) {
        this.streets = streets;
        this.ids = ids;
    }

    public String newId() {
        return ids.get();
    }

    /**
     * Writes the validated {@code h} into {@code e}: scalar fields, members (existing ones by personId, new
     * ones get an id) and the economic facts, each resolved to a personId.
     */
    public void apply(Household h, HouseholdEntity e, java.time.LocalDate today) {
        e.setStreet(h.street());
        e.setStreetBasis(h.streetBasis() == null ? StreetBasis.HUKOU : h.streetBasis());
        e.setCommittee(blankToNull(h.committee()));
        e.setHukouAddress(h.hukouAddress().strip());
        e.setResidenceAddress(h.residenceAddress().strip());
        Map<String, MemberEntity> existing = new HashMap<>();
        e.getMembers().forEach(m -> existing.put(m.getPersonId(), m));
        Map<String, String> personByNumber = new HashMap<>();
        int seq = 0;
        for (Member m : h.members()) {
            MemberEntity me = m.personId() == null ? null : existing.get(m.personId());
            if (me == null) {
                me = new MemberEntity();
                me.setPersonId(newId());
                me.setHousehold(e);
                e.getMembers().add(me);
            }
            me.setSeq(seq++);
            copy(m, me, today);
            if (me.getIdNumber() != null) {
                personByNumber.put(me.getIdNumber(), me.getPersonId());
            }
        }
        List<IncomeRow> incomes = new ArrayList<>();
        for (IncomeItem x : list(h.incomes())) {
            incomes.add(new IncomeRow(person(x.personId(), x.idNumber(), personByNumber), x.type(),
                    x.monthlyAmount().setScale(2), x.from(), x.to(), x.source().strip(), x.asOf()));
        }
        e.setIncomes(incomes);
        List<AssetRow> assets = new ArrayList<>();
        for (Asset x : list(h.assets())) {
            assets.add(new AssetRow(person(x.personId(), x.idNumber(), personByNumber), x.type(), x.value().setScale(2),
                    x.floorArea() == null ? null : x.floorArea().setScale(2, java.math.RoundingMode.HALF_UP),
                    x.source().strip(), x.asOf()));
        }
        e.setAssets(assets);
        List<ExpenditureRow> expenditures = new ArrayList<>();
        for (Expenditure x : list(h.expenditures())) {
            expenditures.add(new ExpenditureRow(person(x.personId(), x.idNumber(), personByNumber), x.type(),
                    x.amount().setScale(2), x.from(), x.to(), x.source().strip()));
        }
        e.setExpenditures(expenditures);
    }

    private static void copy(Member m, MemberEntity me, java.time.LocalDate today) {
        if (m.idNumber() != null) {
            ResidentIdNumber id = ResidentIdNumber.parse(m.idNumber(), today);
            me.setIdNumber(id.value());
            me.setWithoutIdNumber(false);
            me.setSex(Sex.valueOf(id.sex().name()));
            me.setBirthDate(id.birthDate());
        } else {
            me.setIdNumber(null);
            me.setWithoutIdNumber(true);
            me.setSex(m.sex());
            me.setBirthDate(m.birthDate());
        }
        me.setName(m.name().strip());
        me.setRelation(m.relation());
        me.setHukouLocal(m.hukouLocal());
        me.setDisabilityCategory(m.disabilityCategory());
        me.setDisabilityGrade(m.disabilityGrade());
        me.setHealthStatus(m.healthStatus());
        me.setWorkAbility(m.workAbility());
        me.setEmploymentStatus(m.employmentStatus());
        me.setStudentStatus(m.studentStatus());
        me.setSelfCare(m.selfCare());
        me.setEndedOn(m.endedOn());
        me.setEndReason(m.endReason());
        List<TagRow> tags = new ArrayList<>();
        for (IdentityTag t : list(m.tags())) {
            tags.add(new TagRow(t.tag(), blankToNull(t.source()), t.since()));
        }
        me.setTags(tags);
    }

    /** The household as stored, without derived figures. */
    public Household toRecord(HouseholdEntity e) {
        List<Member> members = new ArrayList<>();
        for (MemberEntity m : e.getMembers()) {
            List<IdentityTag> tags = new ArrayList<>();
            m.getTags().forEach(t -> tags.add(new IdentityTag(t.getTag(), t.getSource(), t.getSince())));
            members.add(new Member(m.getPersonId(), m.getIdNumber(), m.isWithoutIdNumber() ? Boolean.TRUE : null,
                    m.getName(), m.getRelation(), m.getSex(), m.getBirthDate(), m.isHukouLocal(),
                    m.getDisabilityCategory(), m.getDisabilityGrade(), m.getHealthStatus(), m.getWorkAbility(),
                    m.getEmploymentStatus(), m.getStudentStatus(), m.getSelfCare(), tags, m.getEndedOn(),
                    m.getEndReason()));
        }
        List<IncomeItem> incomes = new ArrayList<>();
        e.getIncomes().forEach(x -> incomes.add(new IncomeItem(x.getPersonId(), null, x.getType(),
                x.getMonthlyAmount().setScale(2), x.getFrom(), x.getTo(), x.getSource(), x.getAsOf())));
        List<Asset> assets = new ArrayList<>();
        e.getAssets().forEach(x -> assets.add(new Asset(x.getPersonId(), null, x.getType(), x.getValue().setScale(2),
                x.getFloorArea(), x.getSource(), x.getAsOf())));
        List<Expenditure> expenditures = new ArrayList<>();
        e.getExpenditures().forEach(x -> expenditures.add(new Expenditure(x.getPersonId(), null, x.getType(),
                x.getAmount().setScale(2), x.getFrom(), x.getTo(), x.getSource())));
        String streetName = streets.find(e.getStreet()).map(s -> s.label()).orElse(null);
        return new Household(e.getId(), e.getStreet(), streetName, e.getStreetBasis(), e.getCommittee(),
                e.getHukouAddress(), e.getResidenceAddress(), members, incomes, assets, expenditures, null, null,
                null, null, null, null, null, null, null, e.getVersion(), e.getCreatedAt().toInstant(ZoneOffset.UTC),
                e.getUpdatedAt().toInstant(ZoneOffset.UTC), null);
    }

    static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String person(String personId, String idNumber, Map<String, String> personByNumber) {
        return personId != null ? personId : personByNumber.get(idNumber.strip().toUpperCase());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
