/**
 * Skyddade personuppgifter (protected personal data): keeping the names and free text of a case out
 * of everything qms writes for others to read.
 *
 * <p>A person whose identity Skatteverket protects — a sekretessmarkering, skyddad folkbokföring or
 * fingerade personuppgifter — must not be traceable through the social services'
 * records that leave the case file. qms holds people only as pseudonymous {@link
 * se.qms.core.organisation.PersonRef}s and rejects personal identity numbers everywhere, but a
 * case's free text (a complaint's summary, a deviation's description, a lex Sarah report's
 * description and immediate measures, the reason a decision was not carried out, the notes of a
 * history) and the display names of the people it names can still say who the person is or where
 * they live. Each case type — {@link se.qms.core.improvement.Complaint}, {@link
 * se.qms.core.improvement.Deviation}, {@link se.qms.core.lexsarah.LexSarahCase} and {@link
 * se.qms.core.unexecuted.FavourableDecision} — therefore carries a {@code protectedPersonalData()}
 * flag, and {@link se.qms.core.privacy.Redaction} returns the copy of a quality system that every
 * export and report is made from: the flagged cases without their free text and display names,
 * everything counted unchanged.
 *
 * <p>The personal data rules this follows are those of offentlighets- och sekretesslagen
 * (2009:400) 26 kap. and the social services' duty of confidentiality; SOSFS 2011:9 asks for the
 * quality work to be documented, not for the people in it to be named.
 */
@QmsStyle
package se.qms.core.privacy;

import se.qms.core.QmsStyle;
