/** The bundle's private implementation. */
package org.doudi.soap.internal;
