/**
 * Assistance resources and referrals (四张清单之资源清单, 需求对接, SPEC §7): policies, departments' special assistance
 * (medical, education, housing, employment, disaster relief), unions' and charities' projects, each with an optional
 * capacity (people) and budget (yuan); the matching of a household's assessed needs to them; and referrals tracked to
 * their outcome. A resource never commits more than its capacity or its budget.
 */
package org.doudi.api.resources;
