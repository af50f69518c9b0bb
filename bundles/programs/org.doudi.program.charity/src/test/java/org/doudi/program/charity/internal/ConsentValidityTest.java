package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.junit.Before;
import org.junit.Test;

/**
 * A consent's last valid day is fixed when it is given, whatever the configuration says later; withdrawal is scoped
 * by the household's current street.
 */
public class ConsentValidityTest {
    private static final Caller XIANXIALU_OPERATOR = new Caller("zhou.op",
            Set.of(Roles.STREET_OPERATOR, "street:xianxialu"), "xianxialu");
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private Household h1;
    private Organisation fund;
    private Consent given;

    @Before
    public void setUp() {
        h1 = c.household("h1", "tianshanlu", zhang);
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        given = c.consent(h1, zhang, fund, "BOTH", "2024-03-01");
    }

    private Consents configured(String consentValidMonths) {
        return new Consents(c.store, c.households, c.organisations, c.clock,
                c.program(Map.of("consentValidMonths", consentValidMonths)));
    }

    private static List<String> validUntil(List<Consent> consents) {
        return consents.stream().map(x -> x.status() + " " + x.validUntil()).collect(Collectors.toList());
    }

    @Test
    public void theLastValidDayIsStoredWhenTheConsentIsGiven() {
        assertEquals(LocalDate.of(2025, 2, 28), given.validUntil());
        ProgramRecord r = c.store.get(CharityProgram.ID, given.id()).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 28), r.dueDate());
        assertEquals(LocalDate.of(2025, 2, 28), RecordJson.read(r.body(), ConsentBody.class).validUntil());
    }

    @Test
    public void changingTheParameterLaterDoesNotChangeAGivenConsent() {
        Consents shorter = configured("2000-01-01:6");
        assertEquals(List.of("GIVEN 2025-02-28"), validUntil(shorter.ofHousehold("h1", Charity.STAFF)));
        assertEquals(1, shorter.consenting(h1, fund, ConsentScope.EXCHANGE, Charity.TODAY).size());
    }

    @Test
    public void movingTheFirstEffectiveDateLaterBreaksNoOlderConsent() {
        Consents later = configured("2024-06-01:24");
        assertEquals(List.of("GIVEN 2025-02-28"), validUntil(later.ofHousehold("h1", Charity.STAFF)));
        assertEquals(1, later.toOrganisation(fund.id()).size());
        Consent withdrawn = later.withdraw(given.id(), new ConsentWithdrawal("2024-09-30", "本人撤回"), Charity.STAFF,
                Charity.CTX);
        assertEquals(LocalDate.of(2025, 2, 28), withdrawn.validUntil());
        // a new consent is judged by the value in force on its own day
        Consent fresh = later.give(new ConsentRequest("h1", zhang.idNumber(), fund.id(), "EXCHANGE", "2024-07-01",
                "档案 2024-050"), Charity.STAFF, Charity.CTX);
        assertEquals(LocalDate.of(2026, 6, 30), fresh.validUntil());
    }

    @Test
    public void aConsentGivenBeforeTheParameterTakesEffectIsRefusedOnGivenOn() {
        Consents later = configured("2024-06-01:12");
        try {
            later.give(new ConsentRequest("h1", zhang.idNumber(), fund.id(), "EXCHANGE", "2024-05-31", "档案"),
                    Charity.STAFF, Charity.CTX);
            fail("no value in force on givenOn");
        } catch (ValidationException e) {
            assertEquals("givenOn", e.violations().get(0).field());
            assertEquals("parameterInForce", e.violations().get(0).rule());
        }
        assertEquals(1, c.store.ofKind(RecordKeys.CONSENT).size());
    }

    @Test
    public void withdrawalIsScopedByTheHouseholdsCurrentStreet() {
        c.household("h1", "xianxialu", zhang);
        try {
            c.consents.withdraw(given.id(), new ConsentWithdrawal("2024-09-30", "x"), Charity.TIANSHANLU_OPERATOR,
                    Charity.CTX);
            fail("the household has moved to another street");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
        Consent withdrawn = c.consents.withdraw(given.id(), new ConsentWithdrawal("2024-09-30", "本人撤回"),
                XIANXIALU_OPERATOR, Charity.CTX);
        assertEquals(Consent.WITHDRAWN, withdrawn.status());
        assertEquals("xianxialu", c.store.get(CharityProgram.ID, given.id()).orElseThrow().street());
    }
}
