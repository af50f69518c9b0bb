package org.doudi.registry.internal.supervision.filecheck;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.doudi.api.casework.CaseStatus;
import org.doudi.registry.internal.supervision.filecheck.FileCheckSampler.Candidate;
import org.junit.Test;

/** The draw: reproducible for a seed, per street, all of a street's cases when it has fewer than the size. */
public class FileCheckSamplerTest {

    private static List<Candidate> population(String street, int n) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Candidate(street + "-case-" + i, "hh-" + i, "dibao", street, CaseStatus.CONFIRMED,
                    LocalDate.of(2024, 10, 1 + i % 28)));
        }
        return out;
    }

    private static List<Candidate> district() {
        List<Candidate> all = new ArrayList<>(population("tianshanlu", 40));
        all.addAll(population("hongqiao", 12));
        all.addAll(population("xinjing", 3));
        return all;
    }

    @Test
    public void theSameSeedDrawsTheSameCasesWhateverTheOrderTheyWereReadIn() {
        List<Candidate> all = district();
        Map<String, List<Candidate>> first = FileCheckSampler.draw(all, 5, 202410L);
        List<Candidate> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(first, FileCheckSampler.draw(shuffled, 5, 202410L));
        assertNotEquals("another seed draws other cases", first.get("tianshanlu"),
                FileCheckSampler.draw(all, 5, 99L).get("tianshanlu"));
    }

    @Test
    public void eachStreetGetsTheSizeOrAllOfItsCasesWhenItHasFewer() {
        Map<String, List<Candidate>> sample = FileCheckSampler.draw(district(), 5, 1L);
        assertEquals(List.of("hongqiao", "tianshanlu", "xinjing"), new ArrayList<>(sample.keySet()));
        assertEquals(5, sample.get("tianshanlu").size());
        assertEquals(5, sample.get("hongqiao").size());
        assertEquals(3, sample.get("xinjing").size());
        sample.forEach((street, cases) -> cases.forEach(c -> assertEquals(street, c.street())));
        assertEquals(12, FileCheckSampler.draw(district(), 20, 1L).get("hongqiao").size());
    }

    @Test
    public void aCaseAddedLaterDoesNotMoveTheOthers() {
        List<Candidate> all = district();
        List<Candidate> before = FileCheckSampler.draw(all, 5, 3L).get("tianshanlu");
        List<Candidate> more = new ArrayList<>(all);
        more.add(new Candidate("late", "hh-late", "dibao", "tianshanlu", CaseStatus.GRANTED, LocalDate.of(2024, 10, 31)));
        List<Candidate> after = new ArrayList<>(FileCheckSampler.draw(more, 5, 3L).get("tianshanlu"));
        boolean lateDrawn = after.removeIf(c -> c.caseId().equals("late"));
        assertEquals(5, after.size() + (lateDrawn ? 1 : 0));
        assertTrue("the others keep their ranks", before.containsAll(after));
    }

    @Test
    public void theDefaultSeedIsRandomAndNotTheMonth() {
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            long seed = FileCheckSampler.randomSeed();
            assertTrue("non-negative", seed >= 0);
            seeds.add(seed);
        }
        assertTrue("not predictable", seeds.size() > 15);
        assertFalse(seeds.contains(202410L));
    }
}
