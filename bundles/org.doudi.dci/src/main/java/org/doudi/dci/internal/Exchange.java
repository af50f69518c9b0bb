package org.doudi.dci.internal;

import java.time.Instant;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one DCI request and turns every failure into the spec's answer, so no problem JSON leaves these endpoints:
 * a {@link DciRejection} becomes an ERR acknowledgement (asynchronous) or a rejected header (synchronous), a
 * refusal of the core (403 / 404 / 409 …) becomes the matching error code, anything else a 500 error body.
 */
final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    /** The work of one request. */
    @FunctionalInterface
    interface Work {
        Response run();
    }

    private Exchange() {
    }

    /** An asynchronous endpoint: ACK from {@code work}, ERR for a refusal. */
    static Response async(Instant now, Work work) {
        try {
            return work.run();
        } catch (DciRejection r) {
            return Replies.err(r, now);
        } catch (DoudiException e) {
            return Replies.err(fromCore(e), now);
        } catch (RuntimeException e) {
            LOG.error("DCI request failed", e);
            return Replies.httpError(500, "err.service.unavailable", "the registry could not process the request");
        }
    }

    /** A synchronous endpoint answering with {@code action}: a refusal is a header with status rjct. */
    static Response sync(Instant now, String action, Envelope[] request, Work work) {
        try {
            return work.run();
        } catch (DciRejection r) {
            return Replies.rejected(request[0], action, r, now);
        } catch (DoudiException e) {
            return Replies.rejected(request[0], action, fromCore(e), now);
        } catch (RuntimeException e) {
            LOG.error("DCI request failed", e);
            return Replies.httpError(500, "err.service.unavailable", "the registry could not process the request");
        }
    }

    private static DciRejection fromCore(DoudiException e) {
        String code = switch (e.status()) {
            case 401 -> "err.request.unauthorized";
            case 403 -> "err.request.forbidden";
            case 404 -> "err.request.not_found";
            case 429 -> "err.request.too_many_requests";
            case 503 -> "err.service.unavailable";
            default -> "err.request.bad";
        };
        return new DciRejection(code, null, e.status(), e.getMessage());
    }
}
