/** The bundle's private implementation. */
package org.doudi.dci.internal;
