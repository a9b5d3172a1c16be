/** Accounts, roles and Spring Security: who is calling and what role they have. */
package org.recordpath.intake.accounts;
