package se.qms.core.lexsarah;

import static se.qms.core.lexsarah.LexSarahCommandType.ASSESS;
import static se.qms.core.lexsarah.LexSarahCommandType.CLOSE;
import static se.qms.core.lexsarah.LexSarahCommandType.NOTIFY_IVO;
import static se.qms.core.lexsarah.LexSarahCommandType.RECEIVE;
import static se.qms.core.lexsarah.LexSarahCommandType.REGISTER;
import static se.qms.core.lexsarah.LexSarahCommandType.START_INVESTIGATION;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * Where a lex Sarah case stands (SoL 14 kap. 3–7 §§, LSS 24 b–f §§; seed 000 §4.3.2.1, seed 002
 * §5.2, seed 004 §6.4.3):
 *
 * <pre>
 * REPORTED      --RECEIVE--&gt;             RECEIVED
 * RECEIVED      --REGISTER--&gt;            REGISTERED
 * REGISTERED    --START_INVESTIGATION--&gt; INVESTIGATING
 * INVESTIGATING --ASSESS--&gt;              ASSESSED
 * ASSESSED      --ASSESS--&gt;              ASSESSED      (a revised assessment)
 * ASSESSED      --NOTIFY_IVO--&gt;          NOTIFIED      (serious assessments only)
 * ASSESSED      --CLOSE--&gt;               CLOSED        (assessments that are not serious)
 * NOTIFIED      --CLOSE--&gt;               CLOSED        (the investigation completed after the notification)
 * </pre>
 *
 * Every other pair of status and command is forbidden. The statuses are declared in the order a
 * case passes them.
 */
public enum LexSarahStatus {
  /** Rapporterad: a member of staff has reported. */
  REPORTED("Rapporterad", "Reported"),
  /** Mottagen: the manager responsible has received the report. */
  RECEIVED("Mottagen", "Received"),
  /** Registrerad: the report is registered (upprättad). */
  REGISTERED("Registrerad", "Registered"),
  /** Under utredning: the investigation has started. */
  INVESTIGATING("Under utredning", "Being investigated"),
  /** Bedömd: the investigation has assessed what was reported. */
  ASSESSED("Bedömd", "Assessed"),
  /** Anmäld till IVO: a serious case notified to IVO; its investigation is still to be completed. */
  NOTIFIED("Anmäld till IVO", "Notified to IVO"),
  /** Avslutad: the investigation is completed and the case closed. */
  CLOSED("Avslutad", "Closed");

  private final String swedish;
  private final String english;

  LexSarahStatus(String swedish, String english) {
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
  public Optional<LexSarahStatus> after(LexSarahCommandType command) {
    return Optional.ofNullable(Table.NEXT.get(this).get(Checks.present(command, "command")));
  }

  /** The commands this status allows. */
  public Set<LexSarahCommandType> allowedCommands() {
    return Table.ALLOWED.get(this);
  }

  private static final class Table {
    static final Map<LexSarahStatus, Map<LexSarahCommandType, LexSarahStatus>> NEXT =
        new EnumMap<>(LexSarahStatus.class);
    static final Map<LexSarahStatus, Set<LexSarahCommandType>> ALLOWED =
        new EnumMap<>(LexSarahStatus.class);

    static {
      for (LexSarahStatus s : values()) {
        NEXT.put(s, new EnumMap<>(LexSarahCommandType.class));
      }
      allow(REPORTED, RECEIVE, RECEIVED);
      allow(RECEIVED, REGISTER, REGISTERED);
      allow(REGISTERED, START_INVESTIGATION, INVESTIGATING);
      allow(INVESTIGATING, ASSESS, ASSESSED);
      allow(ASSESSED, ASSESS, ASSESSED);
      allow(ASSESSED, NOTIFY_IVO, NOTIFIED);
      allow(ASSESSED, CLOSE, CLOSED);
      allow(NOTIFIED, CLOSE, CLOSED);
      for (LexSarahStatus s : values()) {
        EnumSet<LexSarahCommandType> set = EnumSet.noneOf(LexSarahCommandType.class);
        set.addAll(NEXT.get(s).keySet());
        ALLOWED.put(s, Collections.unmodifiableSet(set));
        NEXT.put(s, Collections.unmodifiableMap(NEXT.get(s)));
      }
    }

    private static void allow(LexSarahStatus from, LexSarahCommandType command, LexSarahStatus to) {
      NEXT.get(from).put(command, to);
    }
  }
}
