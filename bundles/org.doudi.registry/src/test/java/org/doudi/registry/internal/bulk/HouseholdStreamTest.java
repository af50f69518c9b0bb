package org.doudi.registry.internal.bulk;

import static org.doudi.registry.internal.bulk.RegistryFixture.TODAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.registry.Household;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class HouseholdStreamTest {

    private RegistryFixture registry;
    private final List<String> ids = new ArrayList<>();

    @Before
    public void setUp() {
        registry = new RegistryFixture();
        ids.add(registry.register(SampleHouseholds.family("tianshanlu")));
        ids.add(registry.register(SampleHouseholds.family("hongqiao")));
        for (int i = 0; i < 5; i++) {
            ids.add(registry.register(SampleHouseholds.single(i % 2 == 0 ? "tianshanlu" : "xinjing", i,
                    i == 3 ? null : "1200.00", i == 4 ? null : "5000.00")));
        }
        ids.sort(String::compareTo);
    }

    @After
    public void tearDown() {
        registry.close();
    }

    private List<Household> stream(int chunk, String street, String after, LocalDate asOf) throws Exception {
        List<Household> out = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        new HouseholdStream(registry.dataSource, registry.streets, chunk).read(street, after, asOf, c -> {
            sizes.add(c.households().size());
            assertEquals(c.last(), c.households().get(c.households().size() - 1).id());
            out.addAll(c.households());
            return true;
        });
        assertTrue(sizes.stream().allMatch(s -> s <= chunk));
        return out;
    }

    @Test
    public void everyHouseholdEqualsTheJpaReadInIdOrder() throws Exception {
        List<Household> streamed = stream(3, null, null, TODAY);
        assertEquals(ids, streamed.stream().map(Household::id).collect(Collectors.toList()));
        for (Household h : streamed) {
            assertEquals(registry.jpaRead(h.id(), TODAY), h);
        }
        Household family = streamed.stream().filter(h -> h.members().size() == 4).findFirst().orElseThrow();
        assertEquals(registry.streets.find(family.street()).orElseThrow().label(), family.streetName());
        assertEquals(2, family.members().get(0).tags().size());
        assertEquals(3, family.incomes().size());
        assertEquals("45.50", family.assets().get(1).floorArea().toPlainString());
        assertEquals(LocalDate.of(2024, 6, 30), family.members().get(2).endedOn());
        assertEquals(Boolean.TRUE, family.members().get(3).withoutIdNumber());
    }

    @Test
    public void liveEnrolmentsAreThoseTheJpaReadAttaches() throws Exception {
        String a = ids.get(0);
        String b = ids.get(1);
        String c = ids.get(2);
        String granted = registry.caseFile(a, "dibao", CaseStatus.GRANTED, TODAY.minusMonths(3), null);
        registry.enrolment(a, "dibao", granted, EnrolmentStatus.ACTIVE, null, TODAY.minusMonths(3), YearMonth.of(2024, 7));
        registry.enrolment(a, "dibao", granted, EnrolmentStatus.TERMINATED, TerminationReason.INELIGIBLE,
                TODAY.minusYears(1), YearMonth.of(2022, 1));
        registry.enrolment(a, "dibao-edge", granted, EnrolmentStatus.SUSPENDED, TerminationReason.PENDING_VERIFICATION,
                TODAY.minusDays(3), YearMonth.of(2024, 10));
        registry.enrolment(b, "special-hardship", granted, EnrolmentStatus.ACTIVE, null, TODAY, YearMonth.of(2024, 11));
        registry.enrolment(c, "dibao", granted, EnrolmentStatus.TERMINATED, TerminationReason.DECEASED, TODAY,
                YearMonth.of(2023, 1));

        for (LocalDate asOf : List.of(TODAY, LocalDate.of(2024, 11, 1))) {
            for (Household h : stream(2, null, null, asOf)) {
                assertEquals(registry.jpaRead(h.id(), asOf), h);
            }
        }
        List<Household> today = stream(100, null, null, TODAY);
        assertEquals(List.of("dibao", "dibao-edge"), today.get(0).enrolledPrograms());
        assertNull(today.get(1).enrolledPrograms()); // starts in November
        assertNull(today.get(2).enrolledPrograms()); // terminated
        assertNull(stream(100, null, null, null).get(0).enrolledPrograms()); // none asked for
    }

    @Test
    public void oneStreetAndAResumePoint() throws Exception {
        List<Household> tianshanlu = stream(2, "tianshanlu", null, TODAY);
        List<String> expected = ids.stream().filter(id -> registry.streetOf(id).equals("tianshanlu"))
                .collect(Collectors.toList());
        assertEquals(4, expected.size());
        assertEquals(expected, tianshanlu.stream().map(Household::id).collect(Collectors.toList()));
        for (Household h : tianshanlu) {
            assertEquals(registry.jpaRead(h.id(), TODAY), h);
        }
        assertEquals(ids.subList(3, ids.size()), stream(2, null, ids.get(2), TODAY).stream().map(Household::id)
                .collect(Collectors.toList()));
        assertEquals(expected.subList(2, 4), stream(3, "tianshanlu", expected.get(1), TODAY).stream()
                .map(Household::id).collect(Collectors.toList()));
    }

    @Test
    public void theHandlerStopsTheStream() throws Exception {
        int[] chunks = {0};
        long read = new HouseholdStream(registry.dataSource, registry.streets, 2).read(null, null, TODAY, c -> {
            chunks[0]++;
            return false;
        });
        assertEquals(1, chunks[0]);
        assertEquals(2, read);
    }
}
