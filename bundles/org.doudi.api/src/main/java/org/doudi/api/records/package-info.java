/**
 * Where program bundles keep their own records (a temporary-relief grant, a help plan, a charity's consent): the
 * core stores them in its database, each write audited in its own transaction, so uninstalling a program loses
 * nothing and reinstalling it finds its records again. A district's own scheme uses the same store without
 * touching the core.
 */
package org.doudi.api.records;
