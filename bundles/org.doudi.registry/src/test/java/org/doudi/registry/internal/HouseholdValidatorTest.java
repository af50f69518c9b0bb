package org.doudi.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.junit.Test;

public class HouseholdValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    private static final String HEAD = id("19800101", "123");
    private static final String SPOUSE = id("19820202", "124");
    private final HouseholdValidator validator = new HouseholdValidator(new ConfiguredStreetDirectory());

    @Test
    public void aWellFormedHouseholdPasses() {
        validator.validate(household(List.of(head(), spouse()), List.of(wage(HEAD, "2400.00")), List.of()), Set.of(), TODAY);
    }

    @Test
    public void reportsEveryBrokenRuleWithItsField() {
        Household h = Household.draft("moon", " ", null, List.of(head(), spouse()), List.of(), List.of(), List.of());
        List<String> fields = rules(h).stream().map(FieldViolation::field).collect(Collectors.toList());
        assertEquals(List.of("street", "hukouAddress", "residenceAddress"), fields);
    }

    @Test
    public void exactlyOneActiveHead() {
        assertRule(household(List.of(spouse()), List.of(), List.of()), "members", "oneHead");
        assertRule(household(List.of(head(), member(SPOUSE, Relation.HEAD)), List.of(), List.of()), "members", "oneHead");
    }

    @Test
    public void idNumberRules() {
        String bad = HEAD.substring(0, 17) + (HEAD.charAt(17) == '1' ? '2' : '1');
        assertRule(household(List.of(member(bad, Relation.HEAD)), List.of(), List.of()), "members[0].idNumber", "checksum");
        assertRule(household(List.of(member(null, Relation.HEAD)), List.of(), List.of()), "members[0].idNumber", "required");
        assertRule(household(List.of(head(), member(HEAD, Relation.CHILD)), List.of(), List.of()), "members[1].idNumber",
                "uniqueInHousehold");
        Member wrongSex = new Member(null, HEAD, null, "张伟", Relation.HEAD, Sex.FEMALE, null, true, null, null, null,
                null, null, null, null, List.of(), null, null);
        assertRule(household(List.of(wrongSex), List.of(), List.of()), "members[0].sex", "matchesIdNumber");
        Member both = new Member(null, HEAD, true, "张伟", Relation.HEAD, null, null, true, null, null, null, null, null,
                null, null, List.of(), null, null);
        assertRule(household(List.of(both), List.of(), List.of()), "members[0].withoutIdNumber", "contradiction");
        Member noId = new Member(null, null, true, "流浪人员", Relation.HEAD, null, null, true, null, null, null, null,
                null, null, null, List.of(), null, null);
        validator.validate(household(List.of(noId), List.of(), List.of()), Set.of(), TODAY);
    }

    @Test
    public void memberAttributeRules() {
        Member grade5 = new Member(null, HEAD, null, "张伟", Relation.HEAD, null, null, true, DisabilityCategory.PHYSICAL, 5,
                null, null, null, null, null, List.of(), null, null);
        assertRule(household(List.of(grade5), List.of(), List.of()), "members[0].disabilityGrade", "range");
        Member endedNoReason = new Member(null, SPOUSE, null, "李娜", Relation.SPOUSE, null, null, true, null, null, null,
                null, null, null, null, List.of(), LocalDate.of(2024, 1, 1), null);
        assertRule(household(List.of(head(), endedNoReason), List.of(), List.of()), "members[1].endReason", "together");
        Member endsTomorrow = new Member(null, SPOUSE, null, "李娜", Relation.SPOUSE, null, null, true, null, null, null,
                null, null, null, null, List.of(), TODAY.plusDays(1), EndReason.MOVED_OUT);
        assertRule(household(List.of(head(), endsTomorrow), List.of(), List.of()), "members[1].endedOn", "notFuture");
        Member badTag = new Member(null, HEAD, null, "张伟", Relation.HEAD, null, null, true, null, null, null, null, null,
                null, null, List.of(new IdentityTag("child in difficulty", "x", TODAY)), null, null);
        assertRule(household(List.of(badTag), List.of(), List.of()), "members[0].tags[0].tag", "pattern");
        Member noName = member(HEAD, Relation.HEAD);
        noName = new Member(null, HEAD, null, "", Relation.HEAD, null, null, true, null, null, null, null, null, null,
                null, List.of(), null, null);
        assertRule(household(List.of(noName), List.of(), List.of()), "members[0].name", "required");
    }

    @Test
    public void amountRules() {
        assertRule(household(List.of(head()), List.of(wage(HEAD, "-0.01")), List.of()), "incomes[0].monthlyAmount", "min");
        assertRule(household(List.of(head()), List.of(wage(HEAD, "10.001")), List.of()), "incomes[0].monthlyAmount", "scale");
        assertRule(household(List.of(head()), List.of(wage(HEAD, "1000000000000.00")), List.of()),
                "incomes[0].monthlyAmount", "max");
        validator.validate(household(List.of(head()), List.of(wage(HEAD, "0")), List.of()), Set.of(), TODAY);
        validator.validate(household(List.of(head()), List.of(wage(HEAD, "10.10")), List.of()), Set.of(), TODAY);
    }

    @Test
    public void factsMustNameAMemberAndNotLieInTheFuture() {
        assertRule(household(List.of(head()), List.of(wage(SPOUSE, "100.00")), List.of()), "incomes[0].idNumber",
                "memberOfHousehold");
        IncomeItem future = new IncomeItem(null, HEAD, IncomeType.WAGE, new BigDecimal("1.00"), null, null, "x",
                TODAY.plusDays(1));
        assertRule(household(List.of(head()), List.of(future), List.of()), "incomes[0].asOf", "notFuture");
        Asset carWithArea = new Asset(null, HEAD, AssetType.VEHICLE, new BigDecimal("50000.00"), new BigDecimal("10"),
                "车管所", TODAY);
        assertRule(household(List.of(head()), List.of(), List.of(carWithArea)), "assets[0].floorArea", "realEstateOnly");
    }

    @Test
    public void personIdsMustBeKnownMembers() {
        Member stranger = new Member("not-ours", HEAD, null, "张伟", Relation.HEAD, null, null, true, null, null, null,
                null, null, null, null, List.of(), null, null);
        assertRule(household(List.of(stranger), List.of(), List.of()), "members[0].personId", "knownPerson");
        validator.validate(household(List.of(stranger), List.of(), List.of()), Set.of("not-ours"), TODAY);
    }

    private List<FieldViolation> rules(Household h) {
        try {
            validator.validate(h, Set.of(), TODAY);
            fail("accepted");
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    private void assertRule(Household h, String field, String rule) {
        List<FieldViolation> v = rules(h);
        assertTrue(v.toString(), v.stream().anyMatch(x -> x.field().equals(field) && x.rule().equals(rule)));
    }

    private static Household household(List<Member> members, List<IncomeItem> incomes, List<Asset> assets) {
        return Household.draft("tianshanlu", "长宁区天山路 1 号", "长宁区天山路 1 号", new ArrayList<>(members), incomes,
                assets, List.of());
    }

    private static Member head() {
        return member(HEAD, Relation.HEAD);
    }

    private static Member spouse() {
        return member(SPOUSE, Relation.SPOUSE);
    }

    private static Member member(String idNumber, Relation relation) {
        return new Member(null, idNumber, null, "张伟", relation, null, null, true, null, null, null, null, null, null,
                null, List.of(), null, null);
    }

    private static IncomeItem wage(String idNumber, String amount) {
        return new IncomeItem(null, idNumber, IncomeType.WAGE, new BigDecimal(amount), null, null, "市人社局", TODAY);
    }

    private static String id(String birth, String seq) {
        String first17 = "310105" + birth + seq;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
