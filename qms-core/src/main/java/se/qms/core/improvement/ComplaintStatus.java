package se.qms.core.improvement;

import static se.qms.core.improvement.ComplaintCommandType.ACKNOWLEDGE;
import static se.qms.core.improvement.ComplaintCommandType.ANSWER;
import static se.qms.core.improvement.ComplaintCommandType.CLOSE;
import static se.qms.core.improvement.ComplaintCommandType.REOPEN;
import static se.qms.core.improvement.ComplaintCommandType.REQUEST_DELEGATION;
import static se.qms.core.improvement.ComplaintCommandType.START_HANDLING;

import java.util.Optional;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * Where a complaint stands: received → being handled → answered → closed, with reopening.
 *
 * <pre>
 * RECEIVED    --ACKNOWLEDGE, START_HANDLING--&gt; IN_PROGRESS
 * RECEIVED    --ANSWER--&gt;                      ANSWERED
 * IN_PROGRESS --ANSWER--&gt;                      ANSWERED
 * ANSWERED    --CLOSE--&gt;                       CLOSED
 * ANSWERED    --REOPEN, REQUEST_DELEGATION--&gt;  IN_PROGRESS
 * CLOSED      --REOPEN, REQUEST_DELEGATION--&gt;  IN_PROGRESS
 * </pre>
 *
 * Every other pair of status and command is forbidden.
 */
public enum ComplaintStatus {
  /** Mottagen: registered, not yet handled. */
  RECEIVED("Mottagen", "Received"),
  /** Under handläggning: being investigated by the unit concerned. */
  IN_PROGRESS("Under handläggning", "Being handled"),
  /** Besvarad: the sender has had an answer. */
  ANSWERED("Besvarad", "Answered"),
  /** Avslutad: closed. */
  CLOSED("Avslutad", "Closed");

  private final String swedish;
  private final String english;

  ComplaintStatus(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }

  /** The status after {@code command}, or empty if this status forbids it. */
  public Optional<ComplaintStatus> after(ComplaintCommandType command) {
    return Table.LIFECYCLE.next(this, Checks.present(command, "command"));
  }

  /** The commands this status allows. */
  public Set<ComplaintCommandType> allowedCommands() {
    return Table.LIFECYCLE.allowed(this);
  }

  static Lifecycle<ComplaintStatus, ComplaintCommandType> lifecycle() {
    return Table.LIFECYCLE;
  }

  private static final class Table {
    static final Lifecycle<ComplaintStatus, ComplaintCommandType> LIFECYCLE =
        Lifecycle.of(ComplaintStatus.class, ComplaintCommandType.class)
            .allow(RECEIVED, ACKNOWLEDGE, IN_PROGRESS)
            .allow(RECEIVED, START_HANDLING, IN_PROGRESS)
            .allow(RECEIVED, ANSWER, ANSWERED)
            .allow(IN_PROGRESS, ANSWER, ANSWERED)
            .allow(ANSWERED, CLOSE, CLOSED)
            .allow(ANSWERED, REOPEN, IN_PROGRESS)
            .allow(ANSWERED, REQUEST_DELEGATION, IN_PROGRESS)
            .allow(CLOSED, REOPEN, IN_PROGRESS)
            .allow(CLOSED, REQUEST_DELEGATION, IN_PROGRESS);
  }
}
