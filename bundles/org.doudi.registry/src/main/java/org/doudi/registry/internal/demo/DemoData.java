package org.doudi.registry.internal.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.DemoDataService;
import org.doudi.api.registry.HouseholdService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers synthetic demo households, on request (console) or once at start when the registry is empty and
 * {@code households} is configured (PID {@code org.doudi.demo}; the quick start sets it through
 * {@code DOUDI_DEMO_HOUSEHOLDS}).
 */
@Component(service = DemoDataService.class, configurationPid = "org.doudi.demo")
@Designate(ocd = DemoData.Config.class)
public class DemoData implements DemoDataService {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Demo data at start. */
    @ObjectClassDefinition(name = "Doudi demo data", description = "Synthetic households loaded into an empty registry")
    public @interface Config {
        @AttributeDefinition(description = "Households to generate at start when the registry is empty; 0 for none")
        int households() default 0;

        @AttributeDefinition(description = "Seed of the generator: the same seed gives the same people")
        long seed() default 20240723L;
    }

    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;
    @Reference
    private DoudiClock clock;

    private ExecutorService loader;

    @Activate
    void activate(Config config) {
        if (config.households() > 0) {
            loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "doudi-demo-data"));
            loader.submit(() -> {
                if (households.count(null) == 0) {
                    int n = generate(config.households(), config.seed(), "system:demo-data");
                    LOG.info("Demo data: registered {} households (seed {})", n, config.seed());
                }
            });
        }
    }

    @Deactivate
    void deactivate() {
        if (loader != null) {
            loader.shutdownNow();
        }
    }

    @Override
    public int generate(int count, long seed, String actor) {
        if (count < 1 || count > 1_000_000) {
            throw new DoudiException(422, "validation", "households: must be 1 to 1000000, was " + count);
        }
        DemoHouseholdGenerator generator = new DemoHouseholdGenerator(seed,
                streets.streets().stream().map(s -> s.id()).collect(Collectors.toList()), clock.today());
        WriteContext ctx = WriteContext.of(actor, "demo data, seed " + seed);
        int registered = 0;
        for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
            try {
                households.create(generator.next(), ctx);
                registered++;
            } catch (DoudiException alreadyThere) {
                LOG.debug("Demo household {} skipped: {}", i, alreadyThere.getMessage());
            }
        }
        return registered;
    }
}
