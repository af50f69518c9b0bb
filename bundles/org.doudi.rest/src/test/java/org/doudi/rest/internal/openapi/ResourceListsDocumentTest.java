package org.doudi.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.rest.internal.resources.NeedsResource;
import org.doudi.rest.internal.resources.ReferralResource;
import org.doudi.rest.internal.resources.ResourceResource;
import org.doudi.rest.internal.resources.VisitResource;
import org.junit.Test;

/** The resource list, referrals, matching and the four lists appear in the API document, each with its roles. */
public class ResourceListsDocumentTest {

    @Test
    public void everyNewOperationIsDocumentedWithItsRoles() {
        JsonNode paths = new OpenApiBuilder().build(Map.of("", List.of(new ResourceResource(), new ReferralResource(),
                new NeedsResource(), new VisitResource()))).get("paths");
        String[][] expected = {
            {"/resources", "get"}, {"/resources", "post"}, {"/resources/{id}", "get"}, {"/resources/{id}", "put"},
            {"/referrals", "get"}, {"/referrals", "post"}, {"/referrals/{id}", "get"},
            {"/referrals/{id}/outcome", "post"}, {"/needs", "get"}, {"/needs/{id}/matches", "get"},
            {"/visits/advisors", "get"}, {"/visits/services", "get"},
        };
        List<String> missing = new ArrayList<>();
        for (String[] e : expected) {
            JsonNode roles = paths.path(e[0]).path(e[1]).path("x-roles");
            if (!roles.isArray() || roles.isEmpty()) {
                missing.add(e[1] + " " + e[0]);
            }
        }
        assertEquals(paths.toString(), List.of(), missing);
        List<String> postRoles = new ArrayList<>();
        paths.path("/resources").path("post").path("x-roles").forEach(r -> postRoles.add(r.asText()));
        assertTrue(postRoles.toString(), postRoles.contains("street-operator") && !postRoles.contains("advisor"));
        List<String> readRoles = new ArrayList<>();
        paths.path("/referrals/{id}").path("get").path("x-roles").forEach(r -> readRoles.add(r.asText()));
        assertTrue(readRoles.toString(), readRoles.contains("auditor"));
    }
}
