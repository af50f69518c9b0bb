package org.doudi.soap.internal;

import java.time.LocalDate;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** {@code xs:date} values of the contract from and to {@link LocalDate} (no time zone: a calendar day). */
final class XmlDates {
    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlDates() {
    }

    /** The day as {@code xs:date}, or null. */
    static XMLGregorianCalendar of(LocalDate day) {
        return day == null ? null : FACTORY.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }
}
