package se.qms.core.improvement;

import static se.qms.core.improvement.ActionCommandType.CANCEL;
import static se.qms.core.improvement.ActionCommandType.COMPLETE;
import static se.qms.core.improvement.ActionCommandType.EVALUATE;
import static se.qms.core.improvement.ActionCommandType.REOPEN;
import static se.qms.core.improvement.ActionCommandType.RESCHEDULE;
import static se.qms.core.improvement.ActionCommandType.START;

import java.util.Optional;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * The status of an action as reports print it (seed 000 §4.4): Ej påbörjad, Pågående, Genomförd,
 * and Avbruten for an action stopped.
 *
 * <pre>
 * NOT_STARTED --START--&gt;      IN_PROGRESS
 * NOT_STARTED --COMPLETE--&gt;   COMPLETED
 * IN_PROGRESS --COMPLETE--&gt;   COMPLETED
 * NOT_STARTED --CANCEL--&gt;     CANCELLED
 * IN_PROGRESS --CANCEL--&gt;     CANCELLED
 * COMPLETED   --REOPEN--&gt;     IN_PROGRESS
 * CANCELLED   --REOPEN--&gt;     NOT_STARTED
 * NOT_STARTED, IN_PROGRESS --RESCHEDULE--&gt; (unchanged)
 * COMPLETED   --EVALUATE--&gt;   COMPLETED
 * </pre>
 *
 * Every other pair of status and command is forbidden.
 */
public enum ActionStatus {
  /** Ej påbörjad: planned, not started. */
  NOT_STARTED("Ej påbörjad", "Not started"),
  /** Pågående: under way. */
  IN_PROGRESS("Pågående", "In progress"),
  /** Genomförd: carried out. */
  COMPLETED("Genomförd", "Completed"),
  /** Avbruten: stopped without being carried out. */
  CANCELLED("Avbruten", "Cancelled");

  private final String swedish;
  private final String english;

  ActionStatus(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term, as printed in seed 000 §4.4. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }

  /** Whether the action is still to be done: {@link #NOT_STARTED} or {@link #IN_PROGRESS}. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }

  /** The status after {@code command}, or empty if this status forbids it. */
  public Optional<ActionStatus> after(ActionCommandType command) {
    return Table.LIFECYCLE.next(this, Checks.present(command, "command"));
  }

  /** The commands this status allows. */
  public Set<ActionCommandType> allowedCommands() {
    return Table.LIFECYCLE.allowed(this);
  }

  /**
   * Reads the Swedish term as reports print it ("Ej påbörjad", "Pågående", "Genomförd",
   * "Avbruten"), ignoring case and surrounding white space.
   *
   * @throws se.qms.core.InvalidValueException with {@link se.qms.core.QmsErrorCode#VALUE_MALFORMED}
   *     for any other text
   */
  public static ActionStatus parseSwedish(String text) {
    String t =
        Checks.present(text, "text").strip().toLowerCase(java.util.Locale.forLanguageTag("sv"));
    for (ActionStatus s : values()) {
      if (s.swedish.toLowerCase(java.util.Locale.forLanguageTag("sv")).equals(t)) {
        return s;
      }
    }
    throw se.qms.core.InvalidValueException.malformed(
        se.qms.core.QmsErrorCode.VALUE_MALFORMED,
        "actionStatus",
        text,
        "one of Ej påbörjad, Pågående, Genomförd, Avbruten");
  }

  static Lifecycle<ActionStatus, ActionCommandType> lifecycle() {
    return Table.LIFECYCLE;
  }

  private static final class Table {
    static final Lifecycle<ActionStatus, ActionCommandType> LIFECYCLE =
        Lifecycle.of(ActionStatus.class, ActionCommandType.class)
            .allow(NOT_STARTED, START, IN_PROGRESS)
            .allow(NOT_STARTED, COMPLETE, COMPLETED)
            .allow(IN_PROGRESS, COMPLETE, COMPLETED)
            .allow(NOT_STARTED, CANCEL, CANCELLED)
            .allow(IN_PROGRESS, CANCEL, CANCELLED)
            .allow(COMPLETED, REOPEN, IN_PROGRESS)
            .allow(CANCELLED, REOPEN, NOT_STARTED)
            .allow(NOT_STARTED, RESCHEDULE, NOT_STARTED)
            .allow(IN_PROGRESS, RESCHEDULE, IN_PROGRESS)
            .allow(COMPLETED, EVALUATE, COMPLETED);
  }
}
