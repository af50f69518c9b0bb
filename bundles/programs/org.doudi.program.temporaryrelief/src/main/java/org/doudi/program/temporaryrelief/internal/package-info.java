/** The program's private implementation. */
package org.doudi.program.temporaryrelief.internal;
