package org.doudi.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * Refuses request bodies over the limit (1 MiB for JSON) with 413: at once when Content-Length says so, and
 * while reading for chunked bodies, so an oversized body is never buffered or half-processed.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {
    static final long MAX_JSON_BYTES = 1024 * 1024;

    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        int declared = request.getLength();
        if (declared > limit) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private DetailedClientError tooLarge() {
        return new DetailedClientError(413, "the request body is larger than " + limit + " bytes");
    }

    private final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
