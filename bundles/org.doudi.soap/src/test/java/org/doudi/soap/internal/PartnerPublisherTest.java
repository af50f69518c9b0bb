package org.doudi.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.junit.Test;

public class PartnerPublisherTest {

    /** A publisher whose endpoint cannot be created; it keeps the bus it made and the factory's properties. */
    static final class FailingPublisher extends PartnerPublisher {
        final RuntimeException failure = new IllegalStateException("port already in use");
        Bus made;
        Map<String, Object> properties;

        @Override
        Bus newBus() {
            made = BusFactory.newInstance().createBus();
            return made;
        }

        @Override
        Server create(JaxWsServerFactoryBean factory) {
            properties = new HashMap<>(factory.getProperties());
            throw failure;
        }
    }

    @Test
    public void aFailedActivationShutsTheBusDownAndRethrows() {
        FailingPublisher publisher = new FailingPublisher();
        try {
            publisher.activate();
            fail("activated");
        } catch (IllegalStateException e) {
            assertSame(publisher.failure, e);
        }
        assertNotNull(publisher.made);
        assertEquals(Bus.BusState.SHUTDOWN, publisher.made.getState());
    }

    @Test
    public void theEndpointLimitsTheSizeOfARequest() {
        FailingPublisher publisher = new FailingPublisher();
        try {
            publisher.activate();
        } catch (IllegalStateException expected) {
            // the properties were taken before the failure
        }
        assertEquals(8L * 1024 * 1024, publisher.properties.get("org.apache.cxf.stax.maxXMLCharacters"));
        assertEquals(200_000L, publisher.properties.get("org.apache.cxf.stax.maxElementCount"));
        assertEquals(FeedRecords.MAX_RECORDS + 10, publisher.properties.get("org.apache.cxf.stax.maxChildElements"));
    }
}
