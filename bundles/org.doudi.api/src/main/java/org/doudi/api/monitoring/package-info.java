/**
 * Dynamic monitoring (SPEC §5): bulk registry import, partner departments' data feeds, the monthly
 * cross-comparison that turns them into warnings, the warning workflow, and big screening (大排查).
 */
package org.doudi.api.monitoring;
