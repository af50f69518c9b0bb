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
 * Refuses request bodies over the limit (1 MiB for JSON, {@link #MAX_FEED_JSON_BYTES} for a JSON feed) with
 * 413: at once when Content-Length says so, and while reading for chunked bodies, so an oversized body is never
 * buffered or half-processed. CSV uploads are streamed to disk by the job store, which applies its own limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {
    static final long MAX_JSON_BYTES = 1024 * 1024;
    /** A JSON feed ({@code POST /api/monitoring/feeds/{type}}) may carry many records; larger ones go as CSV. */
    static final long MAX_FEED_JSON_BYTES = 8L * 1024 * 1024;
    static final String CSV = "text/csv";

    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        javax.ws.rs.core.MediaType type = request.getMediaType();
        if (type != null && CSV.equalsIgnoreCase(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        long limit = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("monitoring/feeds/") ? Math.max(this.limit,
                MAX_FEED_JSON_BYTES) : this.limit;
        int declared = request.getLength();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static DetailedClientError tooLarge(long limit) {
        return new DetailedClientError(413, "the request body is larger than " + limit + " bytes");
    }

    private final class Limited extends FilterInputStream {
        private final long limit;
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge(limit);
                }
            }
            return n;
        }
    }
}
