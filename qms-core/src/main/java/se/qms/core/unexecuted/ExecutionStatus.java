package se.qms.core.unexecuted;

import static se.qms.core.unexecuted.ExecutionCommandType.DECLINE;
import static se.qms.core.unexecuted.ExecutionCommandType.END;
import static se.qms.core.unexecuted.ExecutionCommandType.EXECUTE;
import static se.qms.core.unexecuted.ExecutionCommandType.INTERRUPT;
import static se.qms.core.unexecuted.ExecutionCommandType.OFFER;
import static se.qms.core.unexecuted.ExecutionCommandType.RESUME;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * Where the execution of a favourable decision stands.
 *
 * <pre>
 * DECIDED     --OFFER--&gt;     OFFERED
 * OFFERED     --OFFER--&gt;     OFFERED      (a new offer)
 * OFFERED     --DECLINE--&gt;   DECLINED
 * DECLINED    --OFFER--&gt;     OFFERED
 * DECIDED, OFFERED, DECLINED --EXECUTE--&gt; EXECUTED
 * EXECUTED    --INTERRUPT--&gt; INTERRUPTED
 * INTERRUPTED --OFFER--&gt;     INTERRUPTED  (an offer to resume)
 * INTERRUPTED --DECLINE--&gt;   INTERRUPTED  (the offer to resume declined)
 * INTERRUPTED --RESUME--&gt;    EXECUTED
 * every status but ENDED --END--&gt; ENDED
 * </pre>
 *
 * Every other pair of status and command is forbidden; {@link #ENDED} allows nothing.
 */
public enum ExecutionStatus {
  /** Beslutat: decided, nothing offered yet. */
  DECIDED("Beslutat", "Decided"),
  /** Erbjudet: an offer is made and not yet answered. */
  OFFERED("Erbjudet", "Offered"),
  /** Tackat nej: the last offer was declined. */
  DECLINED("Tackat nej", "Declined"),
  /** Verkställt: the insats is given. */
  EXECUTED("Verkställt", "Executed"),
  /** Avbrott: the execution is interrupted. */
  INTERRUPTED("Avbrott i verkställigheten", "Interrupted"),
  /** Avslutat: the decision has ended. */
  ENDED("Avslutat", "Ended");

  private final String swedish;
  private final String english;

  ExecutionStatus(String swedish, String english) {
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

  /** Whether the decision awaits its first execution: decided, offered or declined. */
  public boolean awaitsExecution() {
    return this == DECIDED || this == OFFERED || this == DECLINED;
  }

  /** The status after {@code command}, or empty if this status forbids it. */
  public Optional<ExecutionStatus> after(ExecutionCommandType command) {
    return Optional.ofNullable(Table.NEXT.get(this).get(Checks.present(command, "command")));
  }

  /** The commands this status allows. */
  public Set<ExecutionCommandType> allowedCommands() {
    EnumSet<ExecutionCommandType> set = EnumSet.noneOf(ExecutionCommandType.class);
    set.addAll(Table.NEXT.get(this).keySet());
    return Collections.unmodifiableSet(set);
  }

  private static final class Table {
    static final EnumMap<ExecutionStatus, EnumMap<ExecutionCommandType, ExecutionStatus>> NEXT =
        build();

    private static EnumMap<ExecutionStatus, EnumMap<ExecutionCommandType, ExecutionStatus>>
        build() {
      EnumMap<ExecutionStatus, EnumMap<ExecutionCommandType, ExecutionStatus>> t =
          new EnumMap<>(ExecutionStatus.class);
      for (ExecutionStatus s : values()) {
        t.put(s, new EnumMap<>(ExecutionCommandType.class));
      }
      t.get(DECIDED).put(OFFER, OFFERED);
      t.get(OFFERED).put(OFFER, OFFERED);
      t.get(OFFERED).put(DECLINE, DECLINED);
      t.get(DECLINED).put(OFFER, OFFERED);
      for (ExecutionStatus s : EnumSet.of(DECIDED, OFFERED, DECLINED)) {
        t.get(s).put(EXECUTE, EXECUTED);
      }
      t.get(EXECUTED).put(INTERRUPT, INTERRUPTED);
      t.get(INTERRUPTED).put(OFFER, INTERRUPTED);
      t.get(INTERRUPTED).put(DECLINE, INTERRUPTED);
      t.get(INTERRUPTED).put(RESUME, EXECUTED);
      for (ExecutionStatus s : EnumSet.complementOf(EnumSet.of(ENDED))) {
        t.get(s).put(END, ENDED);
      }
      return t;
    }
  }
}
