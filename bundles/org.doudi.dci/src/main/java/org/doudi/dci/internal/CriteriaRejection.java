package org.doudi.dci.internal;

/** One request item (a search or subscription of a batch) refused; the others of the batch go on. */
final class CriteriaRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The spec's status reason code of the item, e.g. {@code rjct.search_criteria.invalid}. */
    final String reasonCode;

    CriteriaRejection(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }
}
