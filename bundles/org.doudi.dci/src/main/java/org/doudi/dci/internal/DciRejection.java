package org.doudi.dci.internal;

/**
 * A request the DCI endpoints refuse as a whole: answered with an {@code ERR} acknowledgement (asynchronous
 * endpoints) or a rejected callback header (synchronous endpoints), never with the core's problem JSON.
 */
public final class DciRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The spec's communication-layer error code, e.g. {@code err.request.bad}. */
    final String errorCode;
    /** The spec's header status reason code (MsgHeaderStatusReasonCode), or null when none fits. */
    final String headerReason;
    /** The HTTP status to answer with. */
    final int httpStatus;

    DciRejection(String errorCode, String headerReason, int httpStatus, String message) {
        super(message);
        this.errorCode = errorCode;
        this.headerReason = headerReason;
        this.httpStatus = httpStatus;
    }

    static DciRejection badRequest(String message) {
        return new DciRejection("err.request.bad", null, 400, message);
    }

    static DciRejection header(String reason, String message) {
        return new DciRejection("err.request.bad", reason, 400, message);
    }
}
