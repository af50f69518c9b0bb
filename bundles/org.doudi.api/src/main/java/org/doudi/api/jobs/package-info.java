/**
 * Background jobs: long work (imports, feed loads, the monthly cross-comparison, big screening) runs on the
 * server, survives the client that started it, reports progress and resumes after a restart.
 */
package org.doudi.api.jobs;
