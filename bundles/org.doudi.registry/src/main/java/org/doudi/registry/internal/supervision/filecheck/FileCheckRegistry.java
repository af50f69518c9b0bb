package org.doudi.registry.internal.supervision.filecheck;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.supervision.FileCheck;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckCorrectionRequest;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingRequest;
import org.doudi.api.supervision.FileCheckRequest;
import org.doudi.api.supervision.FileCheckReviewRequest;
import org.doudi.api.supervision.FileCheckService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.FileCheckCaseEntity;
import org.doudi.registry.internal.entity.FileCheckEntity;
import org.doudi.registry.internal.entity.FileCheckFindingEntity;
import org.doudi.registry.internal.entity.FileCheckStreetRow;
import org.doudi.registry.internal.supervision.filecheck.FileCheckSampler.Candidate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monthly file checks (档案材料集中核查): the draw of each street's sample of the cases decided in a month (one
 * check per month), and the reads; findings, corrections and reviews are written by {@link FileCheckFindings}.
 */
@Component(service = FileCheckService.class, configurationPid = "org.doudi.supervision")
@Designate(ocd = FileCheckConfig.class)
public class FileCheckRegistry implements FileCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckRegistry.class);
    static final String ENTITY = "file-check";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private StreetDirectory streets;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private volatile FileCheckConfig config;

    @Activate
    @Modified
    void configure(FileCheckConfig c) {
        List<String> problems = FileCheckChecks.problems(c);
        if (problems.isEmpty()) {
            config = c;
        } else if (config == null) {
            throw new IllegalArgumentException("configuration org.doudi.supervision cannot be used: " + problems);
        } else {
            LOG.error("Configuration org.doudi.supervision not applied, the previous settings stay: {}", problems);
        }
    }

    @Override
    public FileCheck draw(FileCheckRequest request, WriteContext ctx) {
        FileCheckConfig c = config;
        FileCheckChecks.Draw d = FileCheckChecks.draw(request, clock.today(), c.fileCheckSizePerStreet());
        return Tx.run(jpa, em -> {
            List<FileCheckEntity> earlier = em.createQuery("SELECT c FROM FileCheckEntity c WHERE c.month = :m",
                    FileCheckEntity.class).setParameter("m", d.month().toString()).getResultList();
            if (!earlier.isEmpty()) {
                throw new DoudiException(409, "file-check-drawn", "the file check of " + d.month() + " was drawn "
                        + "already (" + earlier.get(0).getId() + ", by " + earlier.get(0).getDrawnBy()
                        + "): one sample per month; read it at /api/file-checks/" + earlier.get(0).getId());
            }
            List<Candidate> population = population(em, d);
            Map<String, List<Candidate>> sample = FileCheckSampler.draw(population, d.size(), d.seed());
            Map<String, List<Candidate>> byStreet = FileCheckSampler.byStreet(population);
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
            FileCheckEntity check = new FileCheckEntity();
            check.setId(UUID.randomUUID().toString());
            check.setMonth(d.month().toString());
            check.setSeed(d.seed());
            check.setSizePerStreet(d.size());
            check.setItems(FileCheckViews.joined(c.fileCheckItems()));
            check.setDrawnBy(ctx.actor());
            check.setDrawnAt(now);
            Set<String> streetIds = new LinkedHashSet<>();
            streets.streets().stream().map(Street::id).forEach(streetIds::add);
            streetIds.addAll(byStreet.keySet());
            for (String s : streetIds) {
                check.getStreets().add(new FileCheckStreetRow(s, byStreet.getOrDefault(s, List.of()).size(),
                        sample.getOrDefault(s, List.of()).size()));
            }
            em.persist(check);
            em.flush(); // the check's row first: the sampled cases refer to it
            int drawn = 0;
            for (String s : streetIds) {
                List<Candidate> mine = sample.getOrDefault(s, List.of());
                for (int i = 0; i < mine.size(); i++) {
                    em.persist(sampled(check.getId(), mine.get(i), i + 1));
                }
                drawn += mine.size();
            }
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "FILE_CHECK_DRAWN", ENTITY, check.getId(), check.getVersion(),
                    "file check of " + d.month() + ": " + drawn + " of " + population.size() + " decided cases drawn, "
                            + d.size() + " per street, seed " + d.seed() + (d.reason() == null ? "" : ": " + d.reason()),
                    null);
            return FileCheckReads.view(em, check, clock.today(), true);
        });
    }

    /** The cases whose decision falls in the month, of every street. */
    private static List<Candidate> population(EntityManager em, FileCheckChecks.Draw d) {
        List<Object[]> rows = em.createQuery("SELECT c.id, c.householdId, c.programId, c.street, c.status, c.decidedOn"
                + " FROM CaseEntity c WHERE c.decidedOn >= :from AND c.decidedOn <= :to", Object[].class)
                .setParameter("from", d.month().atDay(1)).setParameter("to", d.month().atEndOfMonth()).getResultList();
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Candidate((String) r[0], (String) r[1], (String) r[2], (String) r[3], (CaseStatus) r[4],
                    (java.time.LocalDate) r[5]));
        }
        return out;
    }

    private static FileCheckCaseEntity sampled(String checkId, Candidate c, int rank) {
        FileCheckCaseEntity s = new FileCheckCaseEntity();
        s.setId(UUID.randomUUID().toString());
        s.setFileCheckId(checkId);
        s.setCaseId(c.caseId());
        s.setHouseholdId(c.householdId());
        s.setProgramId(c.programId());
        s.setStreet(c.street());
        s.setCaseStatus(c.status());
        s.setDecidedOn(c.decidedOn());
        s.setRank(rank);
        return s;
    }

    @Override
    public Optional<FileCheck> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(FileCheckEntity.class, id))
                .map(c -> FileCheckReads.view(em, c, clock.today(), true)));
    }

    @Override
    public Page<FileCheck> list(int page, int size) {
        return Tx.run(jpa, em -> {
            List<FileCheck> items = em.createQuery("SELECT c FROM FileCheckEntity c ORDER BY c.month DESC",
                    FileCheckEntity.class).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(c -> FileCheckReads.view(em, c, clock.today(), false)).toList();
            long total = em.createQuery("SELECT COUNT(c) FROM FileCheckEntity c", Long.class).getSingleResult();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public FileCheckFinding recordFinding(String id, String caseId, FileCheckFindingRequest r, WriteContext ctx) {
        FileCheckConfig c = config;
        return Tx.run(jpa, em -> new FileCheckFindings(em, clock).record(id, caseId, r, c.fileCheckCorrectionDays(), ctx));
    }

    @Override
    public FileCheckFinding recordCorrection(String id, String caseId, int number, FileCheckCorrectionRequest r,
            WriteContext ctx) {
        return Tx.run(jpa, em -> new FileCheckFindings(em, clock).correct(id, caseId, number, r, ctx));
    }

    @Override
    public FileCheckFinding closeFinding(String id, String caseId, int number, WriteContext ctx) {
        return Tx.run(jpa, em -> new FileCheckFindings(em, clock).close(id, caseId, number, ctx));
    }

    @Override
    public FileCheckCase review(String id, String caseId, FileCheckReviewRequest r, WriteContext ctx) {
        return Tx.run(jpa, em -> new FileCheckFindings(em, clock).review(id, caseId, r, ctx));
    }

    @Override
    public Page<FileCheckFinding> openCorrections(String street, boolean overdueOnly, int page, int size) {
        return Tx.run(jpa, em -> FileCheckReads.openCorrections(em, street, overdueOnly, clock.today(), page, size));
    }
}
