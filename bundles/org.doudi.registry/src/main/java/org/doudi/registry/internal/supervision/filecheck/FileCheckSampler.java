package org.doudi.registry.internal.supervision.filecheck;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.api.Digests;
import org.doudi.api.casework.CaseStatus;

/**
 * The reproducible draw of a file check: each case's rank is SHA-256({@code seed:caseId}); a street's sample is its
 * {@code size} lowest ranks (all of its cases when it has fewer). The result depends only on the seed and the set
 * of cases, not on the order they were read in, and a case added later does not move the others.
 */
final class FileCheckSampler {

    /** A case that may be drawn: decided in the month. */
    record Candidate(String caseId, String householdId, String programId, String street, CaseStatus status,
            LocalDate decidedOn) {
    }

    private FileCheckSampler() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The seed used when a draw names none: a random one (SecureRandom), so that nobody can tell before the draw
     * which files will be sampled. It is stored with the check and shown after the draw; the same month and seed
     * draw the same sample again.
     */
    static long randomSeed() {
        return RANDOM.nextLong() & Long.MAX_VALUE;
    }

    /** Each street's population, by street id. */
    static Map<String, List<Candidate>> byStreet(List<Candidate> population) {
        Map<String, List<Candidate>> out = new TreeMap<>();
        for (Candidate c : population) {
            out.computeIfAbsent(c.street(), s -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Each street's sample, by street id, each in rank order. */
    static Map<String, List<Candidate>> draw(List<Candidate> population, int size, long seed) {
        Map<String, List<Candidate>> out = new TreeMap<>();
        byStreet(population).forEach((street, cases) -> {
            List<Candidate> ranked = new ArrayList<>(cases);
            ranked.sort(Comparator.comparing((Candidate c) -> rank(seed, c.caseId())).thenComparing(Candidate::caseId));
            out.put(street, List.copyOf(ranked.subList(0, Math.min(size, ranked.size()))));
        });
        return out;
    }

    static String rank(long seed, String caseId) {
        return Digests.sha256(seed + ":" + caseId);
    }
}
