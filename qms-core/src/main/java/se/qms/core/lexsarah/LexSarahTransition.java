package se.qms.core.lexsarah;

import se.qms.core.internal.Checks;

/**
 * The outcome of a lifecycle command: the case in its next state and the event that records the
 * change (already appended to the next state's history). Immutable and thread-safe.
 */
public final class LexSarahTransition {
  private final LexSarahCase next;
  private final LexSarahEvent event;

  private LexSarahTransition(LexSarahCase next, LexSarahEvent event) {
    this.next = next;
    this.event = event;
  }

  static LexSarahTransition of(LexSarahCase next, LexSarahEvent event) {
    return new LexSarahTransition(Checks.present(next, "next"), Checks.present(event, "event"));
  }

  /** The case after the command. */
  public LexSarahCase next() {
    return next;
  }

  /** The past-tense event the command produced. */
  public LexSarahEvent event() {
    return event;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LexSarahTransition
        && ((LexSarahTransition) other).next.equals(next)
        && ((LexSarahTransition) other).event.equals(event);
  }

  @Override
  public int hashCode() {
    return next.hashCode() * 31 + event.hashCode();
  }

  @Override
  public String toString() {
    return "LexSarahTransition{" + next.id() + ": " + event + "}";
  }
}
