package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ReferralRequest;
import org.junit.Before;
import org.junit.Test;

/** Consent decides who leaves the district: only people with a valid EXCHANGE consent are exported. */
public class ExportConsentTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private final Member li = Charity.member("p2", "31010519820202002", "李娜");
    private final Member wang = Charity.member("p3", "31010519700303003", "王芳");
    private final Member zhao = Charity.member("p4", "31010519650404004", "赵强");
    private final Member noId = Charity.member("p7", null, "无名");
    private final Member chen = Charity.member("p5", "31010519900505005", "陈静");
    private final Member sun = Charity.member("p6", "31010519950606006", "孙磊");
    private Household h1;
    private Household h2;
    private Organisation fund;
    private Organisation other;
    private AssistanceResource medical;

    @Before
    public void households() {
        h1 = c.household("h1", "tianshanlu", zhang, li, wang, zhao, noId);
        h2 = c.household("h2", "xianxialu", chen);
        Household h3 = c.household("h3", "tianshanlu", sun);
        c.enrolments.add("h1", "dibao", "tianshanlu", EnrolmentStatus.ACTIVE);
        c.enrolments.add("h3", "dibao", "tianshanlu", EnrolmentStatus.SUSPENDED);
        c.needs.assess("h1", LocalDate.of(2024, 5, 10), new NeedsGrades(Grade.MEDIUM, Grade.HIGH, Grade.LOW, Grade.LOW,
                Grade.LOW, Grade.LOW));
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        other = c.organisation("上海市慈善基金会", "53310000500000046N");
        medical = c.projects.create(new ProjectRequest(fund.id(), "暖心助医", "MEDICAL", null, 10,
                new BigDecimal("20000.00"), null, null, "医疗费用补助"), Charity.CTX);
        c.referralService.refer(new ReferralRequest("h2", medical.id(), "health", null, null, "住院自付"), Charity.CTX);
        c.consent(h1, zhang, fund, "BOTH", "2024-03-01");
        c.consent(h1, li, other, "EXCHANGE", "2024-03-01");
        Consent withdrawn = c.consent(h1, wang, fund, "EXCHANGE", "2024-01-10");
        c.consents.withdraw(withdrawn.id(), new ConsentWithdrawal("2024-09-01", "本人书面撤回"), Charity.STAFF,
                Charity.CTX);
        c.consent(h1, zhao, fund, "EXCHANGE", "2023-09-30");
        c.consent(h2, chen, fund, "EXCHANGE", "2024-06-01");
        c.consent(h3, sun, fund, "EXCHANGE", "2024-06-01");
    }

    @Test
    public void onlyPeopleWithAValidExchangeConsentAreExported() {
        ExportFile f = c.exports.export(fund.id(), null, Charity.CTX);
        assertEquals("idNumber,name,street,programs,needs,referredProjects\n"
                + zhang.idNumber() + ",张伟,tianshanlu,dibao,health:HIGH;material:MEDIUM,\n"
                + chen.idNumber() + ",陈静,xianxialu,,,暖心助医\n", f.csv());
        assertEquals(2, f.rows());
        // 李娜 consented to another organisation, 王芳 withdrew, 赵强's consent expired, 无名 has no ID number
        assertEquals(4, f.withheldWithoutConsent());
        assertEquals(Digests.sha256(f.csv().getBytes(StandardCharsets.UTF_8)), f.sha256());
    }

    @Test
    public void eachExportIsKeptWithItsCountsAndDigest() {
        ExportFile f = c.exports.export(fund.id(), "xianxialu", Charity.CTX);
        assertEquals(1, f.rows());
        assertEquals(0, f.withheldWithoutConsent());
        ProgramRecord r = c.store.ofKind(RecordKeys.EXPORT).get(0);
        assertEquals(f.id(), r.id());
        assertEquals("xianxialu", r.street());
        ExportBody b = RecordJson.read(r.body(), ExportBody.class);
        assertEquals(1, b.rows());
        assertEquals(0, b.withheld());
        assertEquals(f.sha256(), b.sha256());
        assertEquals(Charity.TODAY, b.exportedOn());
        assertEquals("CHARITY_DATA_EXPORTED", c.store.actions.get(c.store.actions.size() - 1));
        assertEquals("charity-export-53310105MJ4917286B-xianxialu-2024-10-01.csv", f.fileName());
    }

    @Test
    public void consentStatusIsComputedFromGivenOnAndWithdrawal() {
        List<Consent> of1 = c.consents.ofHousehold("h1", Charity.STAFF);
        assertEquals(List.of("张伟 GIVEN 2025-02-28", "李娜 GIVEN 2025-02-28", "王芳 WITHDRAWN 2025-01-09",
                "赵强 EXPIRED 2024-09-29"), of1.stream().map(x -> x.name() + " " + x.status() + " " + x.validUntil())
                .collect(Collectors.toList()));
        assertEquals(ResidentIdNumber.mask(zhang.idNumber()), of1.get(0).idNumber());
        assertFalse(of1.get(0).idNumber().equals(zhang.idNumber()));
    }

    @Test
    public void aConsentGivenTwelveMonthsAgoLapsesTheDayBefore() {
        Household h = c.household("h9", "tianshanlu", Charity.member("p9", "31010519810909009", "周敏"),
                Charity.member("p10", "31010519811010010", "吴刚"));
        c.enrolments.add("h9", "dibao-edge", "tianshanlu", EnrolmentStatus.ACTIVE);
        c.consent(h, h.members().get(0), fund, "EXCHANGE", "2023-10-01");
        c.consent(h, h.members().get(1), fund, "EXCHANGE", "2023-10-02");
        String csv = c.exports.export(fund.id(), null, Charity.CTX).csv();
        assertEquals(List.of("张伟", "陈静", "吴刚"), csv.lines().skip(1).map(l -> l.split(",")[1])
                .collect(Collectors.toList()));
    }

    @Test
    public void consentIsForAMemberOfAHouseholdTheCallerMaySee() {
        try {
            c.consents.give(new ConsentRequest("h2", chen.idNumber(), fund.id(), "BOTH", "2024-09-01", "档案"),
                    Charity.TIANSHANLU_OPERATOR, Charity.CTX);
            fail("another street's household");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
        try {
            c.consent(h1, chen, fund, "BOTH", "2024-09-01");
            fail("not a member");
        } catch (ValidationException e) {
            assertEquals("idNumber", e.violations().get(0).field());
            assertEquals("member", e.violations().get(0).rule());
        }
        try {
            c.consent(h1, li, fund, "ALL", "2024-09-01");
            fail("bad scope");
        } catch (ValidationException e) {
            assertEquals("scope", e.violations().get(0).field());
        }
        try {
            c.consent(h1, zhang, fund, "BOTH", "2024-03-01");
            fail("the same consent twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
    }

    @Test
    public void aWithdrawalCannotPrecedeTheConsentNorBeRepeated() {
        Consent given = c.consent(h1, li, fund, "REFERRAL", "2024-09-01");
        try {
            c.consents.withdraw(given.id(), new ConsentWithdrawal("2024-08-31", "x"), Charity.STAFF, Charity.CTX);
            fail("before it was given");
        } catch (ValidationException e) {
            assertEquals("on", e.violations().get(0).field());
            assertEquals("notBeforeGiven", e.violations().get(0).rule());
        }
        c.consents.withdraw(given.id(), new ConsentWithdrawal("2024-09-01", "本人撤回"), Charity.STAFF, Charity.CTX);
        try {
            c.consents.withdraw(given.id(), new ConsentWithdrawal("2024-09-02", "again"), Charity.STAFF, Charity.CTX);
            fail("twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
    }
}
