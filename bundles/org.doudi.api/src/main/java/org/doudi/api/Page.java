package org.doudi.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the records on this page
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total how many records match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
