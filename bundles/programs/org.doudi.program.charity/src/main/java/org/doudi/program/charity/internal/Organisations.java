package org.doudi.program.charity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The charity organisations (慈善组织) the district works with, kept as {@code organisation} records. Registration
 * numbers are unique: the check runs under the store's lock, so two registrations of the same organisation cannot
 * both pass. Names need not be unique: projects are linked to organisations by id, never by name.
 */
@Component(service = Organisations.class)
public class Organisations {
    static final String REGISTERED = "ORGANISATION_REGISTERED";

    @Reference
    private ProgramRecordStore store;
    /** Present so that the service lives only while the program does. */
    @Reference(target = CharityProgram.TARGET)
    private AssistanceProgram program;

    /** For Declarative Services. */
    public Organisations() {
    }

    /** Without OSGi, for tests. */
    Organisations(ProgramRecordStore store) {
        this.store = store;
    }

    /** Registers an organisation; 409 when its registration number is already registered. */
    public Organisation register(OrganisationRequest request, WriteContext context) {
        Fields.body(request);
        String name = Fields.required("name", request.name(), 200);
        String number = Fields.required("registrationNumber", request.registrationNumber(), 40)
                .toUpperCase(Locale.ROOT);
        if (!number.matches("[0-9A-Z-]+")) {
            throw new ValidationException("registrationNumber", "format", "must be letters, digits and hyphens");
        }
        String contact = Fields.required("contact", request.contact(), 200);
        String note = Fields.optional("note", request.note(), 1000);
        String regKey = RecordKeys.registration(number);
        RecordGuard unique = existing -> {
            if (!existing.find(RecordQuery.ofKind(RecordKeys.ORGANISATION).withKey(regKey)).isEmpty()) {
                throw DoudiException.conflict("registrationNumber " + number + " is already registered");
            }
        };
        RecordDraft draft = new RecordDraft(RecordKeys.ORGANISATION, null, null, "ACTIVE", null, null, null,
                List.of(regKey), RecordJson.write(new OrganisationRequest(name, number, contact, note)));
        return Organisation.of(store.create(CharityProgram.ID, draft, unique, REGISTERED, context));
    }

    /** The organisation with this id. */
    public Optional<Organisation> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return store.get(CharityProgram.ID, id.strip()).filter(r -> RecordKeys.ORGANISATION.equals(r.kind()))
                .map(Organisation::of);
    }

    /** The organisation with this id; 404 otherwise. */
    public Organisation get(String id) {
        return find(id).orElseThrow(() -> DoudiException.notFound("organisation " + id));
    }

    /** The organisation a request names in {@code field}; 422 naming the field when it is missing or unknown. */
    public Organisation named(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new ValidationException(field, "required", "must be given");
        }
        return find(id).orElseThrow(() -> new ValidationException(field, "exists", "no organisation " + id.strip()));
    }

    /** Every organisation, by name. */
    public List<Organisation> list() {
        return StoredRecords.all(store, RecordQuery.ofKind(RecordKeys.ORGANISATION)).stream().map(Organisation::of)
                .sorted((a, b) -> a.name().compareTo(b.name())).collect(Collectors.toList());
    }
}
