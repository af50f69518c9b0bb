package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.needs.Grade;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ResourceRequest;
import org.junit.Before;
import org.junit.Test;

/** Referrals need a member's REFERRAL consent to the project's organisation; matching keeps charity projects. */
public class ReferralTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private final Member li = Charity.member("p2", "31010519820202002", "李娜");
    private Household h1;
    private Organisation fund;
    private Organisation other;
    private AssistanceResource medical;

    @Before
    public void setUp() {
        h1 = c.household("h1", "tianshanlu", zhang, li);
        c.household("h2", "xianxialu", Charity.member("p5", "31010519900505005", "陈静"));
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        other = c.organisation("上海市慈善基金会", "53310000500000046N");
        medical = c.projects.create(new ProjectRequest(fund.id(), "暖心助医", "MEDICAL", "tianshanlu", 10,
                new BigDecimal("20000.00"), "2024-01-01", "2024-12-31", "医疗费用补助"), Charity.CTX);
    }

    private CharityReferralRequest toMedical(String householdId) {
        return new CharityReferralRequest(householdId, medical.id(), "health", new BigDecimal("1500.00"), "住院自付");
    }

    @Test
    public void aProjectIsACoreResourceOfTheOrganisation() {
        assertEquals("长宁区慈善基金会", medical.provider());
        assertEquals("charity", medical.programId());
        assertEquals(List.of(medical.id()), c.projects.find(fund.id(), null, false, Charity.STAFF).stream()
                .map(AssistanceResource::id).collect(Collectors.toList()));
        assertTrue(c.projects.find(other.id(), null, false, Charity.STAFF).isEmpty());
        assertEquals(1, c.projects.find(null, null, false, Charity.TIANSHANLU_OPERATOR).size());
        assertTrue(c.projects.find(null, "xianxialu", false, Charity.TIANSHANLU_OPERATOR).isEmpty());
    }

    @Test
    public void noReferralWithoutAReferralConsentToTheProjectsOrganisation() {
        assertRefused();
        c.consent(h1, zhang, fund, "EXCHANGE", "2024-09-01");
        assertRefused();
        c.consent(h1, zhang, other, "REFERRAL", "2024-09-01");
        assertRefused();
        Consent li2023 = c.consent(h1, li, fund, "REFERRAL", "2023-09-01");
        assertEquals(Consent.EXPIRED, li2023.status());
        assertRefused();
        assertTrue(c.referralService.referrals.isEmpty());

        c.consent(h1, li, fund, "BOTH", "2024-09-15");
        Referral r = c.referrals.refer(toMedical("h1"), Charity.TIANSHANLU_OPERATOR, Charity.CTX);
        assertEquals("h1", r.householdId());
        assertEquals(medical.id(), r.resourceId());
        assertEquals(new BigDecimal("1500.00"), r.amount());
        assertEquals(1, c.referralService.referrals.size());
    }

    @Test
    public void anotherStreetsHouseholdIsNotFound() {
        try {
            c.referrals.refer(toMedical("h2"), Charity.TIANSHANLU_OPERATOR, Charity.CTX);
            fail("another street");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
        try {
            c.referrals.ofHousehold("h2", Charity.TIANSHANLU_OPERATOR);
            fail("another street");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    @Test
    public void onlyCharityProjectsAreReferredToOrListed() {
        AssistanceResource core = c.resources.create(new ResourceRequest("医疗救助", "SPECIAL_ASSISTANCE", "MEDICAL",
                "区医保局", null, null, null, null, null, true, null), null, Charity.CTX);
        try {
            c.referrals.refer(new CharityReferralRequest("h1", core.id(), null, null, null), Charity.STAFF,
                    Charity.CTX);
            fail("not a charity project");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
        c.referralService.refer(new ReferralRequest("h1", core.id(), "health", null, null, "核心转介"), Charity.CTX);
        c.consent(h1, zhang, fund, "REFERRAL", "2024-09-01");
        Referral charity = c.referrals.refer(toMedical("h1"), Charity.STAFF, Charity.CTX);
        assertEquals(List.of(charity.id()), c.referrals.ofHousehold("h1", Charity.STAFF).stream().map(Referral::id)
                .collect(Collectors.toList()));
    }

    @Test
    public void matchingKeepsTheCharityProjects() {
        AssistanceResource core = c.resources.create(new ResourceRequest("医疗救助", "SPECIAL_ASSISTANCE", "MEDICAL",
                "区医保局", null, null, null, null, null, true, null), null, Charity.CTX);
        c.resources.match("health", Grade.HIGH, core);
        c.resources.match("health", Grade.HIGH, medical);
        assertEquals(List.of(medical.id()), c.projects.matches(h1, Charity.TODAY).stream()
                .map(m -> m.resource().id()).collect(Collectors.toList()));
        assertEquals(List.of("h1"), c.resources.matchedHouseholds);
    }

    private void assertRefused() {
        try {
            c.referrals.refer(toMedical("h1"), Charity.STAFF, Charity.CTX);
            fail("referred without consent");
        } catch (ValidationException e) {
            assertEquals("consent", e.violations().get(0).field());
            assertEquals("required", e.violations().get(0).rule());
            assertTrue(e.getMessage(), e.getMessage().contains("长宁区慈善基金会"));
        }
    }
}
