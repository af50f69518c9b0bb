package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Caller;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Charity projects (慈善项目): resources on the core's resource list of kind {@code CHARITY_PROJECT} managed by this
 * program, so that capacity, budget, matching and referrals are the core's. The organisation running a project is
 * linked in the program's own {@code project} record (keys {@code resource:<resourceId>} and
 * {@code org:<organisationId>}), written when the project is added; the resource's provider is only the
 * organisation's name for display, and editing it ({@code PUT /api/resources/{id}}) does not move the project.
 */
@Component(service = Projects.class)
public class Projects {
    static final String KIND = ResourceKind.CHARITY_PROJECT.name();
    static final String LINKED = "CHARITY_PROJECT_LINKED";

    @Reference
    private ResourceService resources;
    @Reference
    private Organisations organisations;
    @Reference
    private ProgramRecordStore store;

    /** For Declarative Services. */
    public Projects() {
    }

    /** Without OSGi, for tests. */
    Projects(ResourceService resources, Organisations organisations, ProgramRecordStore store) {
        this.resources = resources;
        this.organisations = organisations;
        this.store = store;
    }

    /**
     * Adds a project of a registered organisation (422 naming {@code organisationId} when it is unknown): the core
     * resource, then the {@code project} record linking it to the organisation.
     */
    public AssistanceResource create(ProjectRequest request, WriteContext context) {
        Fields.body(request);
        Organisation org = organisations.named("organisationId", request.organisationId());
        ResourceRequest r = new ResourceRequest(request.name(), KIND, request.category(), org.name(),
                request.street(), request.capacity(), request.budget(), request.validFrom(), request.validTo(), true,
                request.description());
        AssistanceResource created = resources.create(r, CharityProgram.ID, context);
        RecordDraft link = new RecordDraft(RecordKeys.PROJECT, null, created.street(), "ACTIVE", null, null, null,
                List.of(RecordKeys.resource(created.id()), RecordKeys.organisation(org.id())),
                RecordJson.write(new ProjectLink(created.id(), org.id(), org.name())));
        store.create(CharityProgram.ID, link, RecordGuard.NONE, LINKED, context);
        return created;
    }

    /**
     * The program's projects serving {@code street} (a street-level caller: only their own street), of one
     * organisation or all, only those available today when {@code available}.
     */
    public List<AssistanceResource> find(String organisationId, String street, boolean available, Caller caller) {
        String scoped = street;
        if (caller.streetScoped()) {
            if (caller.street() == null || (street != null && !street.equals(caller.street()))) {
                return List.of();
            }
            scoped = caller.street();
        }
        Optional<Set<String>> linked = organisationId == null ? Optional.empty()
                : Optional.of(linkedTo(organisations.named("organisationId", organisationId)));
        return resources.find(new ResourceQuery(null, null, scoped, CharityProgram.ID, available ? Boolean.TRUE : null))
                .stream().filter(r -> linked.map(ids -> ids.contains(r.id())).orElse(true))
                .collect(Collectors.toList());
    }

    /** The charity projects answering the household's current needs, judged on {@code asOf}. */
    public List<ResourceMatch> matches(Household household, LocalDate asOf) {
        return resources.matches(household.id(), asOf).stream()
                .filter(m -> CharityProgram.ID.equals(m.resource().programId())).collect(Collectors.toList());
    }

    /** The charity project with this id; 404 for an unknown id or another kind of resource. */
    public AssistanceResource project(String id) {
        return Optional.ofNullable(id).map(String::strip).flatMap(resources::get).filter(Projects::isCharityProject)
                .orElseThrow(() -> DoudiException.notFound("charity project " + id));
    }

    /**
     * The organisation running the project, by the project's {@code project} record; 409 when the project has no
     * such record (it was not added through this program) or its organisation is gone.
     */
    public Organisation organisationOf(AssistanceResource project) {
        ProgramRecord link = StoredRecords.all(store, RecordQuery.ofKind(RecordKeys.PROJECT)
                .withKey(RecordKeys.resource(project.id()))).stream().findFirst()
                .orElseThrow(() -> DoudiException.conflict("charity project " + project.id()
                        + " is not linked to a registered organisation"));
        String organisationId = RecordJson.read(link.body(), ProjectLink.class).organisationId();
        return organisations.find(organisationId).orElseThrow(() -> DoudiException.conflict("charity project "
                + project.id() + " is linked to organisation " + organisationId + ", which is not registered"));
    }

    /** Every charity project (of any availability), of one organisation when {@code org} is given. */
    public List<AssistanceResource> all(Organisation org) {
        Optional<Set<String>> linked = org == null ? Optional.empty() : Optional.of(linkedTo(org));
        return resources.find(new ResourceQuery(null, null, null, CharityProgram.ID, null)).stream()
                .filter(Projects::isCharityProject).filter(r -> linked.map(ids -> ids.contains(r.id())).orElse(true))
                .collect(Collectors.toList());
    }

    /** The resource ids of the projects linked to the organisation. */
    private Set<String> linkedTo(Organisation org) {
        RecordQuery ofOrg = RecordQuery.ofKind(RecordKeys.PROJECT).withKey(RecordKeys.organisation(org.id()));
        return StoredRecords.all(store, ofOrg).stream()
                .map(r -> RecordJson.read(r.body(), ProjectLink.class).resourceId()).collect(Collectors.toSet());
    }

    static boolean isCharityProject(AssistanceResource r) {
        return CharityProgram.ID.equals(r.programId()) && r.kind() == ResourceKind.CHARITY_PROJECT;
    }
}
