package org.doudi.program.charity.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.api.Digests;
import org.doudi.api.DoudiClock;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.needs.NeedsService;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbound half of the two-way data exchange (双向数据交换): the assisted people an organisation may know about.
 * Assisted are the active members of households with an active enrolment in any program, and of households referred
 * to one of the organisation's projects (a referral holding a place). Only people with a consent allowing
 * {@code EXCHANGE} to that organisation, valid today, are exported; the others are counted as withheld. Every export
 * is kept as an {@code export} record with its counts and the file's SHA-256, keyed by the SHA-256 of each exported
 * person's ID number ({@code idn:}, as consents are) so that every export that included a person can be found; the
 * people themselves are not stored. Each exported household's read is recorded in the audit trail, naming the
 * export and the organisation. The record is written before anything else: when it fails, nothing is sent.
 */
@Component(service = Exports.class)
public class Exports {
    static final String ACTION = "CHARITY_DATA_EXPORTED";
    private static final int PAGE = 500;
    private static final int REFERRAL_PAGE = 200;

    @Reference
    private ProgramRecordStore store;
    @Reference
    private HouseholdService households;
    @Reference
    private EnrolmentService enrolments;
    @Reference
    private ReferralService referrals;
    @Reference
    private NeedsService needs;
    @Reference
    private StreetDirectory streets;
    @Reference
    private Organisations organisations;
    @Reference
    private Projects projects;
    @Reference
    private Consents consents;
    @Reference
    private DoudiClock clock;

    /** For Declarative Services. */
    public Exports() {
    }

    /** Without OSGi, for tests. */
    Exports(ProgramRecordStore store, HouseholdService households, EnrolmentService enrolments,
            ReferralService referrals, NeedsService needs, StreetDirectory streets, Organisations organisations,
            Projects projects, Consents consents, DoudiClock clock) {
        this.store = store;
        this.households = households;
        this.enrolments = enrolments;
        this.referrals = referrals;
        this.needs = needs;
        this.streets = streets;
        this.organisations = organisations;
        this.projects = projects;
        this.consents = consents;
        this.clock = clock;
    }

    /** Exports the consenting assisted people of {@code street} (null: every street) to an organisation. */
    public ExportFile export(String organisationId, String street, WriteContext context) {
        Organisation org = organisations.named("organisationId", organisationId);
        String only = street == null || street.isBlank() ? null : street.strip();
        if (only != null && streets.find(only).isEmpty()) {
            throw new ValidationException("street", "exists", "no street " + only);
        }
        LocalDate today = clock.today();
        Map<String, TreeSet<String>> programs = enrolled(only);
        Map<String, TreeSet<String>> referred = referred(org, only);
        TreeSet<String> assisted = new TreeSet<>(programs.keySet());
        assisted.addAll(referred.keySet());
        Map<String, List<Consent>> given = consents.toOrganisation(org.id());
        List<ExportRow> rows = new ArrayList<>();
        Set<String> exportedHouseholds = new LinkedHashSet<>();
        Set<String> personKeys = new LinkedHashSet<>();
        int withheld = 0;
        for (String id : assisted) {
            Optional<Household> found = households.find(id);
            if (found.isEmpty() || (only != null && !only.equals(found.get().street()))) {
                continue;
            }
            Household h = found.get();
            List<String> graded = needs.current(id).map(a -> NeedsRule.graded(a.grades()).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.toList())).orElse(List.of());
            for (Member m : h.members()) {
                if (!m.activeOn(today)) {
                    continue;
                }
                boolean consented = m.idNumber() != null && given.getOrDefault(RecordKeys.idNumber(
                        m.idNumber().toUpperCase(Locale.ROOT)), List.of()).stream()
                        .anyMatch(c -> c.allows(ConsentScope.EXCHANGE, today));
                if (!consented) {
                    withheld++;
                    continue;
                }
                String idNumber = m.idNumber().toUpperCase(Locale.ROOT);
                rows.add(new ExportRow(idNumber, m.name(), h.street(),
                        List.copyOf(programs.getOrDefault(id, new TreeSet<>())), graded,
                        List.copyOf(referred.getOrDefault(id, new TreeSet<>()))));
                exportedHouseholds.add(h.id());
                personKeys.add(RecordKeys.idNumber(idNumber));
            }
        }
        StringBuilder csv = new StringBuilder(ExportRow.HEADER).append('\n');
        rows.forEach(r -> csv.append(r.line()).append('\n'));
        String text = csv.toString();
        String sha = Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
        ExportBody body = new ExportBody(org.id(), org.name(), only, today, ExportRow.HEADER, rows.size(), withheld,
                sha);
        List<String> keys = new ArrayList<>();
        keys.add(RecordKeys.organisation(org.id()));
        keys.addAll(personKeys);
        RecordDraft draft = new RecordDraft(RecordKeys.EXPORT, null, only, "EXPORTED", today, null, null, keys,
                RecordJson.write(body));
        // the record first (a failure here sends nothing), then one read per household in the audit trail
        String id = store.create(CharityProgram.ID, draft, RecordGuard.NONE, ACTION, context).id();
        String purpose = "charity export " + id + " to organisation " + org.name() + " (" + org.id() + ")";
        exportedHouseholds.forEach(h -> households.recordRead(h, context.actor(), purpose));
        String fileName = "charity-export-" + org.registrationNumber() + "-" + (only == null ? "district" : only)
                + "-" + today + ".csv";
        return new ExportFile(id, org.id(), only, rows.size(), withheld, sha, fileName, text);
    }

    /** Household id → the programs it is actively enrolled in. */
    private Map<String, TreeSet<String>> enrolled(String street) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (int page = 0; ; page++) {
            List<Enrolment> items = enrolments.search(new EnrolmentQuery(null, null, EnrolmentStatus.ACTIVE, street,
                    false, page, PAGE)).items();
            items.forEach(e -> out.computeIfAbsent(e.householdId(), k -> new TreeSet<>()).add(e.programId()));
            if (items.size() < PAGE) {
                return out;
            }
        }
    }

    /** Household id → the names of the organisation's projects it is referred to (referrals holding a place). */
    private Map<String, TreeSet<String>> referred(Organisation org, String street) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (AssistanceResource project : projects.all(org)) {
            for (int page = 0; ; page++) {
                List<Referral> items = referrals.find(new ReferralQuery(null, project.id(), street, null, page,
                        REFERRAL_PAGE)).items();
                items.stream().filter(r -> r.status().holdsPlace())
                        .forEach(r -> out.computeIfAbsent(r.householdId(), k -> new TreeSet<>()).add(project.name()));
                if (items.size() < REFERRAL_PAGE) {
                    break;
                }
            }
        }
        return out;
    }
}
