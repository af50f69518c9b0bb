package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.junit.Test;

/** Organisations are registered once: the registration number is unique (the name need not be). */
public class OrganisationsTest {
    private final Charity c = new Charity();

    @Test
    public void aSecondRegistrationOfTheSameNumberIsRefusedButNotOfTheSameName() {
        Organisation fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        assertEquals("53310105MJ4917286B", fund.registrationNumber());
        try {
            c.organisation("长宁区暖心基金会", " 53310105mj4917286b ");
            fail("duplicate registration number");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertEquals("registrationNumber 53310105MJ4917286B is already registered", e.getMessage());
        }
        assertEquals(1, c.store.ofKind(RecordKeys.ORGANISATION).size());
        assertEquals(List.of("ORGANISATION_REGISTERED"), c.store.actions);
        Organisation sameName = c.organisation("长宁区慈善基金会", "53310105MJ0000000X");
        assertEquals(fund.name(), sameName.name());
        assertEquals(2, c.store.ofKind(RecordKeys.ORGANISATION).size());
    }

    @Test
    public void fieldsAreChecked() {
        try {
            c.organisations.register(new OrganisationRequest("基金会", "5331 0105", "陈老师", null), Charity.CTX);
            fail("bad number");
        } catch (ValidationException e) {
            assertEquals("registrationNumber", e.violations().get(0).field());
            assertEquals("format", e.violations().get(0).rule());
        }
        try {
            c.organisations.register(new OrganisationRequest("基金会", "53310105MJ4917286B", " ", null), Charity.CTX);
            fail("no contact");
        } catch (ValidationException e) {
            assertEquals("contact", e.violations().get(0).field());
        }
    }

    @Test
    public void listedByNameAndFoundById() {
        Organisation b = c.organisation("上海市慈善基金会", "53310000500000046N");
        Organisation a = c.organisation("上海市儿童基金会", "53310000500000011X");
        assertEquals(List.of(a.name(), b.name()), c.organisations.list().stream().map(Organisation::name)
                .sorted().collect(Collectors.toList()));
        assertEquals(b, c.organisations.get(b.id()));
        try {
            c.organisations.get("nope");
            fail("unknown");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }
}
