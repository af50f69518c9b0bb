package org.doudi.registry.internal.imports;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StreetBasis;
import org.doudi.registry.internal.HouseholdValidator;
import org.doudi.registry.internal.casework.CircleRules;

/**
 * Turns the rows of one household into the household the registry stores, checked by the registry's own
 * {@link HouseholdValidator}; a broken rule is reported at the line and column it comes from.
 */
final class HouseholdAssembler {
    private final HouseholdValidator validator;
    private final SequentialIds ids;
    private final String streetScope;
    private final LocalDate today;

    /**
     * @param streetScope the only street this import may write, or null for the district
     * @param today       the day validation and circles are computed for
     */
    HouseholdAssembler(HouseholdValidator validator, SequentialIds ids, String streetScope, LocalDate today) {
        this.validator = validator;
        this.ids = ids;
        this.streetScope = streetScope;
        this.today = today;
    }

    /**
     * The household of {@code rows} (in file order), or null when a rule is broken; then each offending line's first
     * broken rule is added to {@code errors}.
     */
    ImportedHousehold assemble(String ref, List<MemberRow> rows, List<RowError> errors) {
        MemberRow first = rows.get(0);
        int before = errors.size();
        for (MemberRow row : rows.subList(1, rows.size())) {
            for (ImportColumn c : ImportColumn.HOUSEHOLD) {
                String v = row.cell(c);
                if (v != null && !v.equals(first.cell(c))) {
                    errors.add(new RowError(row.line(), ref, RowError.reason(c.header(), "sameInHousehold",
                            "differs from the household's first row (line " + first.line() + ")")));
                    break;
                }
            }
        }
        String street = first.cell(ImportColumn.STREET);
        if (streetScope != null && street != null && !streetScope.equals(street)) {
            errors.add(new RowError(first.line(), ref, RowError.reason("street", "scope",
                    "this import may write households of street " + streetScope + " only")));
        }
        if (errors.size() > before) {
            return null;
        }
        Household draft = draft(rows, street);
        try {
            validator.validate(draft, personIds(draft), today);
        } catch (ValidationException e) {
            report(e.violations(), ref, rows, errors);
            return null;
        }
        Household stored = stored(draft);
        MigratedEnrolment enrolment = rows.stream().map(MemberRow::enrolment).filter(Objects::nonNull).findFirst()
                .orElse(null);
        List<CircleRules.EnrolmentFact> facts = enrolment == null ? List.of()
                : List.of(new CircleRules.EnrolmentFact(enrolment.programId(), EnrolmentStatus.ACTIVE, null,
                        enrolment.since()));
        long[] lines = rows.stream().mapToLong(MemberRow::line).toArray();
        return new ImportedHousehold(ref, stored, lines, enrolment, CircleRules.place(stored, facts, List.of(), today));
    }

    private Household draft(List<MemberRow> rows, String street) {
        MemberRow first = rows.get(0);
        List<Member> members = new ArrayList<>(rows.size());
        List<IncomeItem> incomes = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Expenditure> expenditures = new ArrayList<>();
        for (MemberRow row : rows) {
            String personId = ids.next();
            Member m = row.member();
            members.add(new Member(personId, m.idNumber(), m.withoutIdNumber(), m.name(), m.relation(), m.sex(),
                    m.birthDate(), m.hukouLocal(), m.disabilityCategory(), m.disabilityGrade(), m.healthStatus(),
                    m.workAbility(), m.employmentStatus(), m.studentStatus(), m.selfCare(), m.tags(), m.endedOn(),
                    m.endReason()));
            row.incomes().forEach(x -> incomes.add(new IncomeItem(personId, null, x.item().type(),
                    x.item().monthlyAmount(), null, null, x.item().source(), x.item().asOf())));
            row.assets().forEach(x -> assets.add(new Asset(personId, null, x.item().type(), x.item().value(),
                    x.item().floorArea(), x.item().source(), x.item().asOf())));
            row.expenditures().forEach(x -> expenditures.add(new Expenditure(personId, null, x.item().type(),
                    x.item().amount(), x.item().from(), x.item().to(), x.item().source())));
        }
        String basis = first.cell(ImportColumn.STREET_BASIS);
        StreetBasis streetBasis = basis == null ? null : StreetBasis.valueOf(basis.toUpperCase(java.util.Locale.ROOT));
        return new Household(ids.next(), street, null, streetBasis, first.cell(ImportColumn.COMMITTEE),
                first.cell(ImportColumn.HUKOU_ADDRESS), first.cell(ImportColumn.RESIDENCE_ADDRESS), members, incomes,
                assets, expenditures, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Set<String> personIds(Household h) {
        Set<String> out = new HashSet<>();
        h.members().forEach(m -> out.add(m.personId()));
        return out;
    }

    /** The validated draft as the registry stores it (the same normalisation as the registry's mapper). */
    private Household stored(Household h) {
        List<Member> members = new ArrayList<>(h.members().size());
        for (Member m : h.members()) {
            String idNumber = null;
            Sex sex = m.sex();
            LocalDate birth = m.birthDate();
            if (m.idNumber() != null) {
                ResidentIdNumber id = ResidentIdNumber.parse(m.idNumber(), today);
                idNumber = id.value();
                sex = Sex.valueOf(id.sex().name());
                birth = id.birthDate();
            }
            List<IdentityTag> tags = new ArrayList<>(m.tags().size());
            m.tags().forEach(t -> tags.add(new IdentityTag(t.tag(), blankToNull(t.source()), t.since())));
            members.add(new Member(m.personId(), idNumber, idNumber == null, m.name().strip(), m.relation(), sex, birth,
                    m.hukouLocal(), m.disabilityCategory(), m.disabilityGrade(), m.healthStatus(), m.workAbility(),
                    m.employmentStatus(), m.studentStatus(), m.selfCare(), tags, m.endedOn(), m.endReason()));
        }
        List<IncomeItem> incomes = new ArrayList<>(h.incomes().size());
        h.incomes().forEach(x -> incomes.add(new IncomeItem(x.personId(), null, x.type(), x.monthlyAmount().setScale(2),
                null, null, x.source().strip(), x.asOf())));
        List<Asset> assets = new ArrayList<>(h.assets().size());
        h.assets().forEach(x -> assets.add(new Asset(x.personId(), null, x.type(), x.value().setScale(2),
                x.floorArea() == null ? null : x.floorArea().setScale(2, RoundingMode.HALF_UP), x.source().strip(),
                x.asOf())));
        List<Expenditure> expenditures = new ArrayList<>(h.expenditures().size());
        h.expenditures().forEach(x -> expenditures.add(new Expenditure(x.personId(), null, x.type(),
                x.amount().setScale(2), x.from(), x.to(), x.source().strip())));
        return new Household(h.id(), h.street(), null, h.streetBasis() == null ? StreetBasis.HUKOU : h.streetBasis(),
                blankToNull(h.committee()), h.hukouAddress().strip(), h.residenceAddress().strip(), members, incomes,
                assets, expenditures, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Each offending line's first violation, in line order. */
    private static void report(List<FieldViolation> violations, String ref, List<MemberRow> rows,
            List<RowError> errors) {
        TreeMap<Long, String> byLine = new TreeMap<>();
        for (FieldViolation v : violations) {
            ViolationSite site = ViolationSite.locate(v.field(), rows);
            byLine.putIfAbsent(site.line(), RowError.reason(site.column(), v.rule(), v.message()));
        }
        byLine.forEach((line, reason) -> errors.add(new RowError(line, ref, reason)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
