package org.doudi.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import org.junit.Test;

public class PartnerAgreementsTest {

    private static PartnerAgreements.Config config(String[] feeds, String[] queries) {
        return new PartnerAgreements.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PartnerAgreements.Config.class;
            }

            @Override
            public String[] feeds() {
                return feeds;
            }

            @Override
            public String[] queries() {
                return queries;
            }
        };
    }

    @Test
    public void aCfgFileValueWithSeveralPartnersIsSplitOnCommas() {
        PartnerAgreements agreements = new PartnerAgreements();
        agreements.configure(config(new String[] {"hr-bureau:employment|pension, public-security:death|vehicle"},
                new String[] {"bank-a:dishonesty-check, housing-bureau:dishonesty-check"}));
        assertTrue(agreements.maySend("hr-bureau", "pension"));
        assertTrue(agreements.maySend("public-security", "death"));
        assertFalse(agreements.maySend("hr-bureau", "death"));
        assertTrue(agreements.mayQuery("housing-bureau", PartnerAgreements.DISHONESTY_CHECK));
    }

    @Test
    public void anArrayFromTheConsoleWorksAsBefore() {
        PartnerAgreements agreements = new PartnerAgreements();
        agreements.configure(config(new String[] {"hr-bureau:employment", "public-security:death"}, new String[0]));
        assertTrue(agreements.maySend("public-security", "death"));
        assertFalse(agreements.maySend("public-security", "employment"));
    }
}
