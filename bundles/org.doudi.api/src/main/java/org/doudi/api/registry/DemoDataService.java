package org.doudi.api.registry;

/**
 * Fills the registry with deterministic, realistic synthetic households for demonstrations and tests: the
 * same seed always yields the same people (valid ID numbers of region 310105, plausible family shapes,
 * incomes and assets on both sides of the poverty line).
 */
public interface DemoDataService {

    /**
     * Generates and registers {@code households} households from {@code seed}.
     *
     * @return the number registered (households whose people are already registered are skipped)
     */
    int generate(int households, long seed, String actor);
}
