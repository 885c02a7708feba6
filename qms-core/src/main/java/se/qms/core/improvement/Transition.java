package se.qms.core.improvement;

import se.qms.core.internal.Checks;

/**
 * The outcome of a lifecycle command: the case in its next state and the event that records the
 * change (already appended to the next state's history).
 *
 * <p>Immutable and thread-safe when {@code T} and {@code E} are.
 *
 * @param <T> the case type, e.g. {@link Complaint}
 * @param <E> the event type
 */
public final class Transition<T, E> {
  private final T next;
  private final E event;

  private Transition(T next, E event) {
    this.next = next;
    this.event = event;
  }

  static <T, E> Transition<T, E> of(T next, E event) {
    return new Transition<>(Checks.present(next, "next"), Checks.present(event, "event"));
  }

  /** The case after the command. */
  public T next() {
    return next;
  }

  /** The past-tense event the command produced. */
  public E event() {
    return event;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transition
        && ((Transition<?, ?>) other).next.equals(next)
        && ((Transition<?, ?>) other).event.equals(event);
  }

  @Override
  public int hashCode() {
    return next.hashCode() * 31 + event.hashCode();
  }

  @Override
  public String toString() {
    return "Transition{" + event + "}";
  }
}
