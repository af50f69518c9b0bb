package org.doudi.program.charity.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.api.Digests;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The inbound half of the two-way data exchange: a file of the aid an organisation gave ({@link AidLine} names the
 * columns). A line naming an active member of a registered household is recorded as a {@code charity-aid} record of
 * that household; a line with an unknown ID number or a bad value is reported with its line number and skipped. The
 * same item (organisation, person, day, kind, amount and, when the line gives one, the organisation's own
 * {@code itemRef}) is recorded once, however often the file is imported: a guard checks its key under the store's
 * lock. The import itself is kept as an {@code import} record with its counts.
 */
@Component(service = Imports.class)
public class Imports {
    static final String AID_ACTION = "CHARITY_AID_RECORDED";
    static final String IMPORT_ACTION = "CHARITY_AID_IMPORTED";
    /** At most this many errors are kept in the import record; the response lists all. */
    private static final int STORED_ERRORS = 1000;

    @Reference
    private ProgramRecordStore store;
    @Reference
    private HouseholdService households;
    @Reference
    private Organisations organisations;
    @Reference
    private DoudiClock clock;

    /** For Declarative Services. */
    public Imports() {
    }

    /** Without OSGi, for tests. */
    Imports(ProgramRecordStore store, HouseholdService households, Organisations organisations, DoudiClock clock) {
        this.store = store;
        this.households = households;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Imports a file; 422 naming {@code header} when a required column is missing. */
    public ImportSummary importAid(String organisationId, String csv, WriteContext context) {
        Organisation org = organisations.named("organisationId", organisationId);
        LocalDate today = clock.today();
        String sha = Digests.sha256(csv.getBytes(StandardCharsets.UTF_8));
        List<CsvReader.Line> lines = CsvReader.read(csv);
        if (lines.isEmpty()) {
            throw new ValidationException("header", "required", "the file is empty: the first line must name the "
                    + "columns idNumber,date,kind,amount[,description][,itemRef]");
        }
        Map<String, Integer> columns = columns(lines.get(0));
        List<ImportError> errors = new ArrayList<>();
        int recorded = 0;
        int duplicates = 0;
        int rejected = 0;
        for (CsvReader.Line l : lines.subList(1, lines.size())) {
            AidLine aid = AidLine.read(l, columns, today);
            List<ImportError> faults = new ArrayList<>(aid.errors());
            Optional<Household> household = Optional.empty();
            if (aid.idNumber() != null) {
                household = households.search(new HouseholdQuery(null, aid.idNumber(), null, 0, 1)).items().stream()
                        .findFirst();
                if (household.isEmpty()) {
                    faults.add(new ImportError(l.number(), "idNumber", "unknown ID number "
                            + ResidentIdNumber.mask(aid.idNumber()) + ": no active member of a registered household"));
                }
            }
            if (!faults.isEmpty()) {
                errors.addAll(faults);
                rejected++;
            } else if (record(org, aid, household.get(), sha, context)) {
                recorded++;
            } else {
                duplicates++;
            }
        }
        ImportSummary summary = new ImportSummary(null, org.id(), sha, lines.size() - 1, recorded, duplicates,
                rejected, errors);
        ImportSummary stored = new ImportSummary(null, org.id(), sha, summary.rows(), recorded, duplicates, rejected,
                errors.subList(0, Math.min(errors.size(), STORED_ERRORS)));
        RecordDraft draft = new RecordDraft(RecordKeys.IMPORT, null, null, "IMPORTED", today, null, null,
                List.of(RecordKeys.organisation(org.id()), "sha:" + sha), RecordJson.write(stored));
        String id = store.create(CharityProgram.ID, draft, RecordGuard.NONE, IMPORT_ACTION, context).id();
        return new ImportSummary(id, org.id(), sha, summary.rows(), recorded, duplicates, rejected, errors);
    }

    /** Records one item of aid; false when it is already recorded. */
    private boolean record(Organisation org, AidLine aid, Household h, String sha, WriteContext context) {
        String idKey = RecordKeys.idNumber(aid.idNumber());
        String key = RecordKeys.aid(org.id(), idKey, aid.date().toString(), aid.kind(), aid.amount().toPlainString(),
                aid.itemRef());
        RecordQuery same = RecordQuery.ofKind(RecordKeys.AID).withKey(key);
        if (!store.find(CharityProgram.ID, same).items().isEmpty()) {
            return false;
        }
        Member m = h.members().stream().filter(x -> aid.idNumber().equalsIgnoreCase(x.idNumber())).findFirst()
                .orElseThrow(() -> new IllegalStateException("household " + h.id() + " found by a member it lacks"));
        AidBody body = new AidBody(org.id(), org.name(), m.personId(), m.name(), ResidentIdNumber.mask(aid.idNumber()),
                aid.kind(), aid.description(), aid.itemRef(), sha, aid.line());
        RecordDraft draft = new RecordDraft(RecordKeys.AID, h.id(), h.street(), "RECORDED", aid.date(), null,
                aid.amount(), List.of(key, idKey, RecordKeys.organisation(org.id())), RecordJson.write(body));
        RecordGuard once = existing -> {
            if (!existing.find(same).isEmpty()) {
                throw DoudiException.conflict("this item of aid is already recorded");
            }
        };
        try {
            store.create(CharityProgram.ID, draft, once, AID_ACTION, context);
            return true;
        } catch (DoudiException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    /** Column name → position; every required column must be named once. */
    private static Map<String, Integer> columns(CsvReader.Line header) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (out.put(name, i) != null) {
                throw new ValidationException("header", "duplicate", "column " + name + " is named twice");
            }
        }
        List<String> missing = new ArrayList<>();
        AidLine.REQUIRED.stream().filter(c -> !out.containsKey(c)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new ValidationException("header", "columns", "the first line must name the columns "
                    + "idNumber,date,kind,amount[,description][,itemRef]; missing: "
                    + String.join(", ", missing));
        }
        return out;
    }
}
