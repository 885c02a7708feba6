package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A compiled core rule over one list of the system's objects, each named {@code prefix + key}:
 * processes, indicators, completed checklists, follow-up items, complaints or actions. The body
 * builds the subject path only when it reports a finding.
 *
 * @param <T> the object checked
 */
final class ListCheck<T> implements RuleCheck<ListCheck.State<T>> {
  /** Finds an object's position by its path in a system's index; -1 when it is not there. */
  interface Lookup {
    int indexOf(SystemIndex index, String subject);
  }

  /** Checks one object, given its position. */
  interface Body<T> {
    void check(Scope scope, T object, int index, FindingSink sink);
  }

  private final Function<QualitySystem, List<T>> list;
  private final Lookup lookup;
  private final Body<T> body;

  ListCheck(
      Function<QualitySystem, List<T>> list,
      Lookup lookup,
      Body<T> body) {
    this.list = list;
    this.lookup = lookup;
    this.body = body;
  }

  /** One evaluation: the scope and the list, fetched once. */
  static final class State<T> {
    final Scope scope;
    final List<T> list;

    State(Scope scope, List<T> list) {
      this.scope = scope;
      this.list = list;
    }
  }

  @Override
  public State<T> prepare(QualitySystem system, LocalDate asOf) {
    return new State<>(new Scope(system, asOf), list.apply(system));
  }

  @Override
  public int size(State<T> state) {
    return state.list.size();
  }

  @Override
  public int indexOf(State<T> state, String subject) {
    return lookup.indexOf(state.scope.index, subject);
  }

  @Override
  public void check(State<T> state, int index, FindingSink sink) {
    body.check(state.scope, state.list.get(index), index, sink);
  }
}
