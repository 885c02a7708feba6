package se.qms.core.improvement;

import static se.qms.core.improvement.DeviationCommandType.CLOSE;
import static se.qms.core.improvement.DeviationCommandType.COMPLETE_INVESTIGATION;
import static se.qms.core.improvement.DeviationCommandType.LINK_ACTION;
import static se.qms.core.improvement.DeviationCommandType.REOPEN;
import static se.qms.core.improvement.DeviationCommandType.START_INVESTIGATION;

import java.util.Optional;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * Where a deviation stands: reported → being investigated → investigated → closed, with reopening.
 *
 * <pre>
 * REPORTED      --START_INVESTIGATION--&gt;    INVESTIGATING
 * INVESTIGATING --COMPLETE_INVESTIGATION--&gt; INVESTIGATED
 * INVESTIGATED  --CLOSE--&gt;                  CLOSED
 * INVESTIGATED  --REOPEN--&gt;                 INVESTIGATING
 * CLOSED        --REOPEN--&gt;                 INVESTIGATING
 * REPORTED, INVESTIGATING, INVESTIGATED --LINK_ACTION--&gt; (unchanged)
 * </pre>
 *
 * Every other pair of status and command is forbidden.
 */
public enum DeviationStatus {
  /** Rapporterad: reported, not yet investigated. */
  REPORTED("Rapporterad", "Reported"),
  /** Under utredning: the nearest manager investigates. */
  INVESTIGATING("Under utredning", "Being investigated"),
  /** Utredd: investigated, with an outcome. */
  INVESTIGATED("Utredd", "Investigated"),
  /** Avslutad: closed. */
  CLOSED("Avslutad", "Closed");

  private final String swedish;
  private final String english;

  DeviationStatus(String swedish, String english) {
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
  public Optional<DeviationStatus> after(DeviationCommandType command) {
    return Table.LIFECYCLE.next(this, Checks.present(command, "command"));
  }

  /** The commands this status allows. */
  public Set<DeviationCommandType> allowedCommands() {
    return Table.LIFECYCLE.allowed(this);
  }

  static Lifecycle<DeviationStatus, DeviationCommandType> lifecycle() {
    return Table.LIFECYCLE;
  }

  private static final class Table {
    static final Lifecycle<DeviationStatus, DeviationCommandType> LIFECYCLE =
        Lifecycle.of(DeviationStatus.class, DeviationCommandType.class)
            .allow(REPORTED, START_INVESTIGATION, INVESTIGATING)
            .allow(REPORTED, LINK_ACTION, REPORTED)
            .allow(INVESTIGATING, COMPLETE_INVESTIGATION, INVESTIGATED)
            .allow(INVESTIGATING, LINK_ACTION, INVESTIGATING)
            .allow(INVESTIGATED, CLOSE, CLOSED)
            .allow(INVESTIGATED, REOPEN, INVESTIGATING)
            .allow(INVESTIGATED, LINK_ACTION, INVESTIGATED)
            .allow(CLOSED, REOPEN, INVESTIGATING);
  }
}
