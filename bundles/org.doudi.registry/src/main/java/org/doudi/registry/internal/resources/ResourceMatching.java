package org.doudi.registry.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.registry.internal.entity.AssistanceResourceEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.NeedsAssessmentEntity;

/**
 * Matching (需求对接): a household's current assessment against the resources available on a day that serve its
 * street; each dimension graded HIGH (then MEDIUM) is answered by the resources of the categories naming it.
 */
final class ResourceMatching {

    private ResourceMatching() {
    }

    static List<ResourceMatch> matches(EntityManager em, HouseholdEntity h, LocalDate day) {
        NeedsAssessmentEntity current = em.createQuery("SELECT a FROM NeedsAssessmentEntity a"
                + " WHERE a.householdId = :h AND a.supersededBy IS NULL", NeedsAssessmentEntity.class)
                .setParameter("h", h.getId()).getResultList().stream().findFirst().orElse(null);
        if (current == null) {
            return List.of();
        }
        List<AssistanceResourceEntity> available = em.createQuery("SELECT r FROM AssistanceResourceEntity r"
                + " WHERE r.active = :active AND (r.street IS NULL OR r.street = :street) ORDER BY r.name, r.id",
                AssistanceResourceEntity.class).setParameter("active", true)
                .setParameter("street", h.getStreet()).getResultList().stream()
                .filter(r -> ResourceViews.availableOn(r, day)).toList();
        Map<String, Grade> grades = dimensions(current.getGrades());
        List<ResourceMatch> out = new ArrayList<>();
        for (Grade wanted : List.of(Grade.HIGH, Grade.MEDIUM)) {
            grades.forEach((dimension, grade) -> {
                if (grade == wanted) {
                    available.stream().filter(r -> r.getCategory().dimensions().contains(dimension))
                            .forEach(r -> out.add(new ResourceMatch(dimension, grade, ResourceViews.of(r))));
                }
            });
        }
        return out;
    }

    /** The grades by dimension name, in the order of {@link NeedsGrades}. */
    static Map<String, Grade> dimensions(NeedsGrades g) {
        Map<String, Grade> m = new LinkedHashMap<>();
        m.put("material", g.material());
        m.put("health", g.health());
        m.put("education", g.education());
        m.put("employment", g.employment());
        m.put("socialSupport", g.socialSupport());
        m.put("childrenYouth", g.childrenYouth());
        return m;
    }
}
