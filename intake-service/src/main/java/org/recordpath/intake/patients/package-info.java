/** Patient records and who may see them: the bound patient account, assigned staff, admins. */
package org.recordpath.intake.patients;
