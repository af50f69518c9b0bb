package org.doudi.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.audit.LookupAudit;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ReferralStatus;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Caller;
import org.doudi.soap.internal.contract.GetReferralStatus;
import org.doudi.soap.internal.contract.PartnerFault;
import org.doudi.soap.internal.contract.SubmitReferral;
import org.junit.Test;

/** The endpoint's rules on referrals, run as CXF runs it (the caller in the current message's exchange). */
public class PartnerEndpointTest {
    private static final Caller ADMIN = new Caller("admin", Set.of("district-admin"), null);
    private static final Caller PARTNER = new Caller("charity-a", Set.of("partner"), null);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String STREET_CONFLICT = "resource RS1 does not serve the household's street 天山路";

    private final List<ReferralRequest> referred = new ArrayList<>();
    private DoudiException referralRefusal;
    private Referral stored = referral("charity-a", "visited twice; the family's debts at 天山路 12 号 were discussed");

    private final Household household = new Household("H1", "tianshanlu", null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, 1L, null, null, null);
    private final Map<String, AssistanceResource> resources = Map.of(
            "RS1", resource("RS1", null), "RS-CHARITY", resource("RS-CHARITY", "charity"));

    private final PartnerEndpoint endpoint = new PartnerEndpoint(new PartnerEndpoint.Services(
            stub(HouseholdService.class, Map.of("find", a -> Optional.of(household))),
            stub(EnrolmentService.class, Map.of()),
            stub(MonitoringService.class, Map.of()),
            stub(ReferralService.class, Map.of(
                    "refer", a -> {
                        if (referralRefusal != null) {
                            throw referralRefusal;
                        }
                        referred.add((ReferralRequest) a[0]);
                        return referral(((org.doudi.api.WriteContext) a[1]).actor(), null);
                    },
                    "get", a -> Optional.of(stored))),
            stub(ResourceService.class, Map.of("get", a -> Optional.ofNullable(resources.get((String) a[0])))),
            agreements("charity-a:RS1|RS-CHARITY, other:RS9"),
            stub(DoudiClock.class, Map.of("today", a -> TODAY)),
            stub(LookupAudit.class, Map.of())));

    @Test
    public void aResourceManagedByAProgramIsReferredThroughTheProgramOnly() throws Exception {
        PartnerFault f = fault(ADMIN, () -> endpoint.submitReferral(submit("H1", "RS-CHARITY")));
        assertEquals("conflict", f.getFaultInfo().getType());
        assertEquals(409, f.getFaultInfo().getStatus());
        assertTrue(f.getMessage(), f.getMessage().contains("managed by program charity"));
        assertTrue(f.getMessage(), f.getMessage().contains("/api/programs/charity/referrals"));
        PartnerFault byPartner = fault(PARTNER, () -> endpoint.submitReferral(submit("H1", "RS-CHARITY")));
        assertEquals("an agreement naming it does not pass the program by", "conflict",
                byPartner.getFaultInfo().getType());
        assertTrue(referred.isEmpty());
    }

    @Test
    public void aPartnerRefersOnlyToTheResourcesItsAgreementNames() throws Exception {
        PartnerFault f = fault(new Caller("other", Set.of("partner"), null),
                () -> endpoint.submitReferral(submit("H1", "RS1")));
        assertEquals("forbidden", f.getFaultInfo().getType());
        assertEquals(403, f.getFaultInfo().getStatus());
        assertTrue(f.getMessage(), f.getMessage().contains("org.doudi.partners referrals"));
        assertTrue(f.getMessage(), f.getMessage().contains("RS1"));
        assertTrue(referred.isEmpty());

        assertEquals("RS1", as(PARTNER, () -> endpoint.submitReferral(submit("H1", "RS1"))).getReferral()
                .getResourceId());
        assertEquals(1, referred.size());
        assertNotNull("staff need no agreement", as(ADMIN, () -> endpoint.submitReferral(submit("H1", "RS1"))));
        assertEquals(2, referred.size());
    }

    @Test
    public void aPartnerIsNotToldWhyTheRegistryRefusedTheReferral() throws Exception {
        referralRefusal = DoudiException.conflict(STREET_CONFLICT);
        PartnerFault partner = fault(PARTNER, () -> endpoint.submitReferral(submit("H1", "RS1")));
        assertEquals("conflict", partner.getFaultInfo().getType());
        assertEquals(409, partner.getFaultInfo().getStatus());
        assertEquals(PartnerEndpoint.REFUSED_REFERRAL, partner.getMessage());
        assertFalse(partner.getMessage().contains("天山路"));
        assertEquals("district roles get the whole message", STREET_CONFLICT,
                fault(ADMIN, () -> endpoint.submitReferral(submit("H1", "RS1"))).getMessage());
        referralRefusal = DoudiException.notFound("resource RS1");
        assertEquals("other refusals pass as they are", "resource RS1 not found",
                fault(PARTNER, () -> endpoint.submitReferral(submit("H1", "RS1"))).getMessage());
    }

    @Test
    public void aPartnerSeesTheStatusAndDatesButNotTheStaffsOutcomeText() throws Exception {
        org.doudi.soap.internal.contract.Referral partner = as(PARTNER,
                () -> endpoint.getReferralStatus(status("R1"))).getReferral();
        assertEquals("DECLINED", partner.getStatus());
        assertEquals("2026-11-20", partner.getReferredOn().toXMLFormat());
        assertEquals("2026-11-28", partner.getOutcomeOn().toXMLFormat());
        assertNull(partner.getOutcome());
        assertEquals(stored.outcome(), as(ADMIN, () -> endpoint.getReferralStatus(status("R1"))).getReferral()
                .getOutcome());
        stored = referral("someone-else", "x");
        assertEquals("not-found", fault(PARTNER, () -> endpoint.getReferralStatus(status("R1"))).getFaultInfo()
                .getType());
    }

    private static SubmitReferral submit(String householdId, String resourceId) {
        SubmitReferral s = new SubmitReferral();
        s.setHouseholdId(householdId);
        s.setResourceId(resourceId);
        return s;
    }

    private static GetReferralStatus status(String id) {
        GetReferralStatus s = new GetReferralStatus();
        s.setReferralId(id);
        return s;
    }

    private static Referral referral(String by, String outcome) {
        return new Referral("R1", "H1", "tianshanlu", "RS1", "暖心基金", null, null, ReferralStatus.DECLINED,
                LocalDate.of(2026, 11, 20), "note", outcome, LocalDate.of(2026, 11, 28), by, "staff",
                Instant.parse("2026-11-28T02:00:00Z"), 2);
    }

    private static AssistanceResource resource(String id, String programId) {
        return new AssistanceResource(id, "暖心基金", ResourceKind.CHARITY_PROJECT, ResourceCategory.LIVING, "区慈善基金会",
                programId, null, 10, null, 0, java.math.BigDecimal.ZERO, null, null, true, null, 1, Instant.EPOCH);
    }

    static FeedAgreements agreements(String referrals) {
        FeedAgreements a = new FeedAgreements();
        a.configure(new FeedAgreements.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return FeedAgreements.Config.class;
            }

            @Override
            public String[] feeds() {
                return new String[0];
            }

            @Override
            public String[] referrals() {
                return new String[] {referrals};
            }
        });
        return a;
    }

    /** A service answering {@code methods} by name; any other call fails the test. */
    static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            Function<Object[], Object> answer = methods.get(m.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + type.getSimpleName() + "." + m.getName());
            }
            return answer.apply(args);
        }));
    }

    private static PartnerFault fault(Caller caller, Callable<?> call) throws Exception {
        try {
            as(caller, call);
        } catch (PartnerFault f) {
            return f;
        }
        fail("no fault");
        return null;
    }

    /** Runs {@code call} inside an interceptor chain whose message's exchange holds {@code caller}. */
    static <T> T as(Caller caller, Callable<T> call) throws Exception {
        SortedSet<Phase> phases = new TreeSet<>(List.of(new Phase("test", 1)));
        PhaseInterceptorChain chain = new PhaseInterceptorChain(phases);
        Object[] result = new Object[1];
        Exception[] thrown = new Exception[1];
        chain.add(new AbstractPhaseInterceptor<Message>("test") {
            @Override
            public void handleMessage(Message message) {
                try {
                    result[0] = call.call();
                } catch (Exception e) {
                    thrown[0] = e;
                }
            }
        });
        Message m = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        exchange.put(Caller.class, caller);
        exchange.setInMessage(m);
        m.setExchange(exchange);
        chain.doIntercept(m);
        if (thrown[0] != null) {
            throw thrown[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
