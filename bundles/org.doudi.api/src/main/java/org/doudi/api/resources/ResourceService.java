package org.doudi.api.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doudi.api.WriteContext;

/**
 * The resource list and matching. Every write is audited in its transaction; street scoping is the caller's concern.
 */
public interface ResourceService {

    /**
     * Adds a resource.
     *
     * @param programId the managing program bundle, or null for the core
     * @throws org.doudi.api.ValidationException for a missing or invalid field
     */
    AssistanceResource create(ResourceRequest request, String programId, WriteContext context);

    /**
     * Changes a resource; capacity and budget cannot drop below what is committed. The resource's version moves not
     * only with changes to it but with every referral taking a place of it or giving one back (declined, withdrawn):
     * read the resource again right before changing it, and expect a 412 when a referral came in between. A resource
     * managed by a program ({@link AssistanceResource#programId()} set) is changed by that program only; the REST
     * layer refuses it (409).
     *
     * @throws org.doudi.api.DoudiException 404 unknown, 412 changed since {@code expectedVersion} (also by a
     *         referral), 409 capacity or budget below what is committed
     */
    AssistanceResource update(String id, long expectedVersion, ResourceRequest request, WriteContext context);

    Optional<AssistanceResource> get(String id);

    /** The resources matching the query, by name. */
    List<AssistanceResource> find(ResourceQuery query);

    /**
     * The available resources answering the household's current needs assessment, judged on {@code asOf}: for each
     * dimension graded HIGH or MEDIUM (HIGH first), the resources whose category answers it and that serve the
     * household's street; empty when the household was never assessed.
     *
     * @throws org.doudi.api.DoudiException 404 for an unknown household
     */
    List<ResourceMatch> matches(String householdId, LocalDate asOf);
}
