package org.doudi.api.needs;

/**
 * One service on the service list.
 *
 * @param service    the service as recorded, e.g. {@code hospital escort}
 * @param times      how many visits delivered it
 * @param households to how many households
 */
public record ServiceTally(String service, int times, int households) {
}
