/** The {@code recordpath} command line: the whole pipeline without a server. */
package org.recordpath.cli;
