package org.doudi.registry.internal.resources;

import static org.doudi.api.needs.Grade.HIGH;
import static org.doudi.api.needs.Grade.LOW;
import static org.doudi.api.needs.Grade.MEDIUM;
import static org.doudi.registry.internal.resources.ReferralRegistryTest.assertField;
import static org.doudi.registry.internal.resources.ReferralRegistryTest.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.registry.Household;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceRequest;
import org.junit.Test;

/** The resource list on real SQL: adding and changing with the committed floor, filters, and matching needs. */
public class ResourceRegistryTest {
    private final ResourceFixture x = new ResourceFixture();

    @Test
    public void aChangeCannotDropBelowWhatIsCommittedNorOverwriteANewerVersion() {
        AssistanceResource r = x.resource("暖心基金", "LIVING", null, 3, "900.00");
        assertEquals(1, r.version());
        assertEquals("1", x.f.query("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'assistance-resource'"));
        x.refer(x.household("tianshanlu"), r, "300");
        x.refer(x.household("tianshanlu"), r, "200");
        long v = x.resources.get(r.id()).orElseThrow().version();
        DoudiException places = expect(409, () -> x.resources.update(r.id(), v, ResourceFixture.request("暖心基金",
                "LIVING", null, 1, "900.00"), ResourceFixture.STAFF));
        assertTrue(places.getMessage(), places.getMessage().contains("capacity 1 is below the 2 places committed"));
        DoudiException money = expect(409, () -> x.resources.update(r.id(), v, ResourceFixture.request("暖心基金",
                "LIVING", null, 3, "499.99"), ResourceFixture.STAFF));
        assertTrue(money.getMessage(), money.getMessage().contains("499.99 yuan is below the 500.00 yuan committed"));
        AssistanceResource changed = x.resources.update(r.id(), v, ResourceFixture.request("暖心基金（二期）", "LIVING",
                null, 2, "500.00"), ResourceFixture.STAFF);
        assertEquals("暖心基金（二期）", changed.name());
        assertEquals(Integer.valueOf(0), changed.remainingCapacity());
        assertEquals("charity", changed.programId());
        expect(412, () -> x.resources.update(r.id(), v, ResourceFixture.request("x", "LIVING", null, 2, "500.00"),
                ResourceFixture.STAFF));
        expect(404, () -> x.resources.update("no-such-resource", 1, ResourceFixture.request("x", "LIVING", null, 2,
                null), ResourceFixture.STAFF));
    }

    @Test
    public void requestsOutOfBoundsAreRefusedNamingTheField() {
        assertField("kind", () -> x.resources.create(new ResourceRequest("n", "CHARITY", "LIVING", "p", null, null,
                null, null, null, null, null), null, ResourceFixture.STAFF));
        assertField("category", () -> x.resources.create(ResourceFixture.request("n", "FOOD", null, null, null), null,
                ResourceFixture.STAFF));
        assertField("street", () -> x.resource("n", "LIVING", "atlantis", null, null));
        assertField("capacity", () -> x.resource("n", "LIVING", null, 0, null));
        assertField("budget", () -> x.resource("n", "LIVING", null, null, "0.001"));
        assertField("budget", () -> x.resource("n", "LIVING", null, null, "0"));
        assertField("validTo", () -> x.resources.create(new ResourceRequest("n", "POLICY", "LIVING", "p", null, null,
                null, "2025-05-01", "2025-04-30", null, null), null, ResourceFixture.STAFF));
        assertField("validFrom", () -> x.resources.create(new ResourceRequest("n", "POLICY", "LIVING", "p", null,
                null, null, "May 1st", null, null, null), null, ResourceFixture.STAFF));
        assertEquals("0", x.f.query("SELECT COUNT(*) FROM assistance_resource"));
    }

    @Test
    public void theListFiltersByStreetCategoryProgramAndAvailability() {
        x.resource("B 区级", "MEDICAL", null, null, null);
        x.resource("A 天山", "MEDICAL", "tianshanlu", 1, null);
        x.resource("C 虹桥", "EDUCATION", "hongqiao", null, null);
        x.resources.create(new ResourceRequest("D 政策", "POLICY", "LIVING", "民政局", null, null, null, null, null,
                null, null), null, ResourceFixture.STAFF);
        List<String> tianshanlu = names(new ResourceQuery(null, null, "tianshanlu", null, null));
        assertEquals(List.of("A 天山", "B 区级", "D 政策"), tianshanlu);
        assertEquals(List.of("A 天山", "B 区级"), names(new ResourceQuery(null, ResourceCategory.MEDICAL, null, null,
                null)));
        assertEquals(List.of("A 天山", "B 区级", "C 虹桥"), names(new ResourceQuery(null, null, null, "charity", null)));
        x.refer(x.household("tianshanlu"), x.resources.find(new ResourceQuery(null, null, "tianshanlu", null, null))
                .get(0), null);
        assertEquals(List.of("B 区级", "D 政策"), names(new ResourceQuery(null, null, "tianshanlu", null, true)));
    }

    @Test
    public void needsGradedHighThenMediumAreMatchedToAvailableResourcesOfTheHouseholdsStreet() {
        Household h = x.household("tianshanlu");
        assertEquals(List.of(), x.resources.matches(h.id(), null)); // never assessed
        x.assess(h, new NeedsGrades(LOW, HIGH, MEDIUM, LOW, LOW, LOW));
        AssistanceResource medical = x.resource("医疗救助", "MEDICAL", null, null, null);
        AssistanceResource care = x.resource("天山陪诊", "CARE", "tianshanlu", null, null);
        x.resource("虹桥陪诊", "CARE", "hongqiao", null, null); // another street's
        AssistanceResource tutoring = x.resource("助学", "EDUCATION", "tianshanlu", null, null);
        x.resource("就业", "EMPLOYMENT", null, null, null); // employment is graded LOW
        x.resources.create(new ResourceRequest("关闭的医疗项目", "SPECIAL_ASSISTANCE", "MEDICAL", "医保局", null, null,
                null, null, null, false, null), null, ResourceFixture.STAFF);
        AssistanceResource full = x.resource("已满的医疗项目", "MEDICAL", null, 1, null);
        x.refer(x.household("tianshanlu"), full, null);
        List<ResourceMatch> m = x.resources.matches(h.id(), null);
        assertEquals(List.of("health HIGH 医疗救助", "health HIGH 天山陪诊", "education MEDIUM 助学"), m.stream()
                .map(r -> r.dimension() + " " + r.grade() + " " + r.resource().name()).toList());
        assertEquals(medical.id(), m.get(0).resource().id());
        assertEquals(care.id(), m.get(1).resource().id());
        assertEquals(tutoring.id(), m.get(2).resource().id());
        assertEquals("out of validity", List.of(), x.resources.matches(h.id(), LocalDate.of(2026, 1, 1)));
        expect(404, () -> x.resources.matches("no-such-household", null));
        assertEquals(new BigDecimal("0.00"), medical.committedAmount());
    }

    private List<String> names(ResourceQuery q) {
        return x.resources.find(q).stream().map(AssistanceResource::name).toList();
    }
}
