/** Demo accounts for the default profile, and the guard that keeps them out of production. */
package org.recordpath.intake.demo;
