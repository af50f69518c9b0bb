package org.doudi.api;

/**
 * A street or town (街道/镇) of the district: the unit that serves households.
 *
 * @param id    stable ASCII id used in the API, e.g. {@code tianshanlu}
 * @param label the Chinese name, e.g. 天山路街道
 */
public record Street(String id, String label) {
}
