package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A monthly file check (档案材料集中核查): a reproducible random sample of the cases each street decided in one
 * month, checked item by item, with the findings and their corrections.
 *
 * <p>The population of a street is every case of the street whose decision (confirmation, refusal, or a grant's
 * confirmation, {@code decidedOn}) falls in the month. Each case's rank is the SHA-256 of {@code seed:caseId}; the
 * street's sample is its {@code sizePerStreet} lowest ranks, so the same month and seed give the same sample.
 *
 * @param id            the check id
 * @param month         the month checked, {@code yyyy-MM}
 * @param seed          the seed of the draw (by default a random one, drawn with SecureRandom and shown here after the draw)
 * @param sizePerStreet cases drawn per street (all of a street's cases when it has fewer)
 * @param items         what the checker goes through in each file
 * @param drawnBy       who drew the sample
 * @param drawnAt       when
 * @param streets       each street's population, sample and findings
 * @param cases         the sampled cases by street and rank (left out of lists)
 * @param version       optimistic-locking version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileCheck(String id, String month, long seed, int sizePerStreet, List<String> items, String drawnBy,
        Instant drawnAt, List<FileCheckStreet> streets, List<FileCheckCase> cases, long version) {
}
