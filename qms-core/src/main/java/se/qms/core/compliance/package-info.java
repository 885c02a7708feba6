/**
 * Compliance checks and their findings: what a rule found wrong in a quality system, how serious it
 * is, the provision it rests on and the object it concerns.
 *
 * <p>Findings are values, never exceptions: a missed deadline or a risk without an action is a
 * business outcome the people responsible act on.
 */
@QmsStyle
package se.qms.core.compliance;

import se.qms.core.QmsStyle;
