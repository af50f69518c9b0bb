package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceRequest;
import org.junit.Before;
import org.junit.Test;

/** A project belongs to the organisation it was added for, by the program's own link, never by provider name. */
public class ProjectLinkTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private Household h1;
    private Organisation fund;
    private Organisation other;
    private AssistanceResource medical;

    @Before
    public void setUp() {
        h1 = c.household("h1", "tianshanlu", zhang);
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        other = c.organisation("上海市慈善基金会", "53310000500000046N");
        medical = c.projects.create(new ProjectRequest(fund.id(), "暖心助医", "MEDICAL", "tianshanlu", 10,
                new BigDecimal("20000.00"), "2024-01-01", "2024-12-31", "医疗费用补助"), Charity.CTX);
    }

    /** Renames the project's provider through the core's resource list, as {@code PUT /api/resources/{id}} does. */
    private AssistanceResource provider(String name) {
        return c.resources.update(medical.id(), medical.version(), new ResourceRequest(medical.name(),
                Projects.KIND, medical.category().name(), name, medical.street(), medical.capacity(), medical.budget(),
                "2024-01-01", "2024-12-31", true, medical.description()), Charity.CTX);
    }

    private List<String> ids(List<AssistanceResource> projects) {
        return projects.stream().map(AssistanceResource::id).collect(Collectors.toList());
    }

    @Test
    public void theLinkIsAProjectRecordKeyedByResourceAndOrganisation() {
        List<ProgramRecord> links = c.store.ofKind(RecordKeys.PROJECT);
        assertEquals(1, links.size());
        assertEquals(List.of(RecordKeys.resource(medical.id()), RecordKeys.organisation(fund.id())),
                links.get(0).keys());
        assertEquals(fund.id(), RecordJson.read(links.get(0).body(), ProjectLink.class).organisationId());
    }

    @Test
    public void editingTheProviderNameDoesNotMoveTheProject() {
        provider("上海市慈善基金会");
        AssistanceResource renamed = c.projects.project(medical.id());
        assertEquals("上海市慈善基金会", renamed.provider());
        assertEquals(fund, c.projects.organisationOf(renamed));
        assertEquals(List.of(medical.id()), ids(c.projects.find(fund.id(), null, false, Charity.STAFF)));
        assertTrue(c.projects.find(other.id(), null, false, Charity.STAFF).isEmpty());
        assertEquals(List.of(medical.id()), ids(c.projects.all(fund)));
        assertTrue(c.projects.all(other).isEmpty());

        // a consent to the organisation named by the provider does not allow a referral; one to the owner does
        c.consent(h1, zhang, other, "REFERRAL", "2024-09-01");
        CharityReferralRequest toMedical = new CharityReferralRequest("h1", medical.id(), "health", null, null);
        try {
            c.referrals.refer(toMedical, Charity.STAFF, Charity.CTX);
            fail("referred on a consent to another organisation");
        } catch (ValidationException e) {
            assertEquals("consent", e.violations().get(0).field());
        }
        c.consent(h1, zhang, fund, "BOTH", "2024-09-01");
        c.referrals.refer(toMedical, Charity.STAFF, Charity.CTX);

        // and the export to the owner still names the project
        c.enrolments.add("h1", "dibao", "tianshanlu", EnrolmentStatus.ACTIVE);
        assertTrue(c.exports.export(fund.id(), null, Charity.CTX).csv().contains(",暖心助医\n"));
        assertEquals(0, c.exports.export(other.id(), null, Charity.CTX).csv().lines().skip(1).count());
    }

    @Test
    public void organisationsWithTheSameNameKeepTheirOwnProjects() {
        Organisation namesake = c.organisation("长宁区慈善基金会", "53310105MJ0000000X");
        AssistanceResource meals = c.projects.create(new ProjectRequest(namesake.id(), "爱心助餐", "LIVING", null, null,
                null, null, null, null), Charity.CTX);
        assertEquals(namesake, c.projects.organisationOf(meals));
        assertEquals(fund, c.projects.organisationOf(medical));
        assertEquals(List.of(meals.id()), ids(c.projects.find(namesake.id(), null, false, Charity.STAFF)));
        assertEquals(List.of(medical.id()), ids(c.projects.find(fund.id(), null, false, Charity.STAFF)));
    }

    @Test
    public void aCharityResourceNotAddedThroughTheProgramHasNoOrganisation() {
        AssistanceResource stray = c.resources.create(new ResourceRequest("暖心助学", Projects.KIND, "EDUCATION",
                fund.name(), null, null, null, null, null, true, null), CharityProgram.ID, Charity.CTX);
        try {
            c.projects.organisationOf(stray);
            fail("linked by name");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
        assertEquals(List.of(medical.id()), ids(c.projects.all(fund)));
    }
}
