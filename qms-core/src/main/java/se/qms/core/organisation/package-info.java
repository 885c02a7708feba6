/**
 * Organisation and responsibility: the units of a municipality's social services, the roles in
 * its management system and who does what in each PDCA phase (SOSFS 2011:9 4 kap. and 6 kap.;
 * seed 002 §4.4, 5.3, 6.6).
 *
 * <p>Units form a tree: nämnd (committee) → förvaltning (administration) → avdelning (department)
 * → enhet (unit) → grupp (team). People are referenced only by a pseudonymous id and a display
 * name ({@link se.qms.core.organisation.PersonRef}); the model never holds a personal identity
 * number.
 */
@QmsStyle
package se.qms.core.organisation;

import se.qms.core.QmsStyle;
