package org.doudi.program.temporaryrelief.internal;

import static org.doudi.program.temporaryrelief.internal.Fixtures.DISTRICT;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN_OPERATOR;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TODAY;
import static org.doudi.program.temporaryrelief.internal.Fixtures.XINHUA_OPERATOR;
import static org.doudi.program.temporaryrelief.internal.Fixtures.idNumber;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.conflict;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.fields;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.refusal;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Homeless and stranded people: routed to the street of their Shanghai hukou, else to the relief station. */
public class StationReferralsTest {
    private static final String STATION = "district-relief-station";
    private final FakeRecordStore store = new FakeRecordStore();
    private final StationReferrals referrals = new StationReferrals(store,
            new ReferralRouting(Fixtures.STREETS, STATION), TODAY);

    @Test
    public void shanghaiHukouOfOneOfOurStreetsGoesToThatStreet() {
        StationReferral r = referrals.refer(person(true, TIANSHAN, idNumber(21)), XINHUA_OPERATOR);
        assertEquals(TIANSHAN, r.street());
        assertEquals(TIANSHAN, r.routedTo());
        assertEquals("Shanghai hukou of street tianshanlu: backed by the street of the hukou", r.routeReason());
        assertEquals(StationReferrals.REFERRED, r.status());
        assertEquals(18, r.idNumber().length());
        assertTrue(r.idNumber(), r.idNumber().contains("*"));
        assertTrue(store.records.get(0).keys().contains(PersonKeys.ofIdNumber(idNumber(21))));
    }

    @Test
    public void everyoneElseGoesToTheReliefStation() {
        StationReferral other = referrals.refer(person(true, "nanjingdonglu", null), DISTRICT);
        assertNull(other.street());
        assertEquals(STATION, other.routedTo());
        assertEquals("Shanghai hukou of nanjingdonglu, not a street of this district: referred to the relief "
                + "station district-relief-station", other.routeReason());
        assertEquals("no Shanghai hukou: referred to the relief station district-relief-station",
                referrals.refer(person(false, TIANSHAN, null), DISTRICT).routeReason());
        assertEquals(STATION, referrals.refer(person(true, null, null), DISTRICT).routedTo());
        assertEquals(3, referrals.list(STATION, null, new Paging(0, 20), DISTRICT).total());
        assertEquals(0, referrals.list(TIANSHAN, null, new Paging(0, 20), DISTRICT).total());
    }

    @Test
    public void aStreetSeesOnlyWhatWasRoutedToIt() {
        StationReferral toTianshan = referrals.refer(person(true, TIANSHAN, null), DISTRICT);
        StationReferral toStation = referrals.refer(person(false, null, null), TIANSHAN_OPERATOR);
        assertEquals(1, referrals.list(null, null, new Paging(0, 20), TIANSHAN_OPERATOR).total());
        assertEquals(0, referrals.list(null, null, new Paging(0, 20), XINHUA_OPERATOR).total());
        assertEquals(2, referrals.list(null, null, new Paging(0, 20), DISTRICT).total());
        assertEquals(404, conflict(() -> referrals.get(toTianshan.id(), XINHUA_OPERATOR)).status());
        assertEquals(404, conflict(() -> referrals.get(toStation.id(), TIANSHAN_OPERATOR)).status());
    }

    @Test
    public void theOutcomeIsRecordedOnce() {
        StationReferral r = referrals.refer(person(true, TIANSHAN, null), DISTRICT);
        StationReferral closed = referrals.close(r.id(), new ReferralOutcomeRequest(ReferralOutcome.TAKEN_IN_BY_STREET,
                TODAY, "housed by the street"), TIANSHAN_OPERATOR);
        assertEquals(StationReferrals.CLOSED, closed.status());
        assertEquals("op-li", closed.outcome().recordedBy());
        assertEquals(409, conflict(() -> referrals.close(r.id(), new ReferralOutcomeRequest(ReferralOutcome.OTHER,
                TODAY, null), DISTRICT)).status());
        assertEquals(List.of("STATION_REFERRAL_MADE", "STATION_REFERRAL_CLOSED"), store.actions);
    }

    @Test
    public void theHukouStreetAndNoteAreStrippedBeforeRoutingAndStoring() {
        StationReferral r = referrals.refer(new StationReferralRequest("王某", null, Situation.STRANDED, "中山公园地铁站",
                TODAY, true, "  " + TIANSHAN + " ", "  wallet stolen \n"), DISTRICT);
        assertEquals(TIANSHAN, r.street());
        assertEquals(TIANSHAN, r.routedTo());
        assertEquals(TIANSHAN, r.hukouStreet());
        assertEquals("wallet stolen", r.note());
        assertEquals(TIANSHAN, store.records.get(0).street());
        assertTrue(store.records.get(0).keys().contains(StationReferrals.ROUTED_KEY + TIANSHAN));
        StationReferral blank = referrals.refer(new StationReferralRequest("李某", null, Situation.HOMELESS, "公园",
                TODAY, true, "   ", " "), DISTRICT);
        assertEquals(STATION, blank.routedTo());
        assertNull(blank.hukouStreet());
        assertNull(blank.note());
        assertEquals("Shanghai hukou, street of the hukou unknown: referred to the relief station "
                + "district-relief-station", blank.routeReason());
        StationReferral closed = referrals.close(r.id(), new ReferralOutcomeRequest(ReferralOutcome.OTHER, TODAY,
                "  housed  "), TIANSHAN_OPERATOR);
        assertEquals("housed", closed.outcome().note());
    }

    @Test
    public void brokenFieldsAreNamed() {
        assertEquals(List.of("name:required", "situation:required", "foundAt:required", "foundOn:notFuture",
                "hukouShanghai:required", "idNumber:checksum"), fields(refusal(() -> referrals.refer(
                new StationReferralRequest(" ", wrongCheckCharacter(idNumber(21)), null, null, TODAY.plusDays(1),
                        null, null, null), DISTRICT))));
    }

    private static String wrongCheckCharacter(String good) {
        return good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    }

    private static StationReferralRequest person(boolean hukouShanghai, String hukouStreet, String idNumber) {
        return new StationReferralRequest("王某", idNumber, Situation.STRANDED, "中山公园地铁站", TODAY, hukouShanghai,
                hukouStreet, "wallet stolen");
    }
}
