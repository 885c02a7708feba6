package se.qms.core.unexecuted;

import se.qms.core.internal.Checks;

/**
 * The outcome of an execution command: the decision in its next state and the event that records
 * the change (already appended to the next state's history).
 *
 * <p>Immutable and thread-safe.
 */
public final class ExecutionTransition {
  private final FavourableDecision next;
  private final ExecutionEvent event;

  private ExecutionTransition(FavourableDecision next, ExecutionEvent event) {
    this.next = next;
    this.event = event;
  }

  static ExecutionTransition of(FavourableDecision next, ExecutionEvent event) {
    return new ExecutionTransition(Checks.present(next, "next"), Checks.present(event, "event"));
  }

  /** The decision after the command. */
  public FavourableDecision next() {
    return next;
  }

  /** The past-tense event the command produced. */
  public ExecutionEvent event() {
    return event;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExecutionTransition
        && ((ExecutionTransition) other).next.equals(next)
        && ((ExecutionTransition) other).event.equals(event);
  }

  @Override
  public int hashCode() {
    return next.hashCode() * 31 + event.hashCode();
  }

  @Override
  public String toString() {
    return "ExecutionTransition{" + event + "}";
  }
}
