package org.doudi.api.registry;

import java.time.LocalDate;

/**
 * An identity tag on a person (身份标签), e.g. {@code CHILD_IN_DIFFICULTY} (困境儿童) or
 * {@code REFERRED_TRADE_UNION}, with where it came from and since when. Tags are upper-case codes; the
 * district's vocabulary (Changning keeps 51) is listed in {@link IdentityTags}.
 *
 * @param tag    the tag code
 * @param source who asserted it (a department, a survey, an operator)
 * @param since  the date it applies from
 */
public record IdentityTag(String tag, String source, LocalDate since) {
}
