package org.doudi.api.supervision;

/**
 * One street's part of a monthly file check.
 *
 * @param street         the street id
 * @param population     the street's cases decided in the month (what the sample was drawn from)
 * @param sampled        the cases drawn: the sample size, or all of them when the street had fewer
 * @param reviewed       sampled cases whose file has been gone through
 * @param findings       findings recorded
 * @param openFindings   findings whose correction is still due
 * @param overdueFindings open findings past their due day
 */
public record FileCheckStreet(String street, int population, int sampled, int reviewed, int findings,
        int openFindings, int overdueFindings) {
}
