package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A compiled core rule over one list of the system's objects, each named {@code prefix + key}:
 * processes, indicators, completed checklists, follow-up items, complaints or actions. The body
 * builds the subject path only when it reports a finding.
 *
 * @param <T> the object checked
 * @param <K> its key in the system's index
 */
final class ListCheck<T, K> implements RuleCheck<ListCheck.State<T>> {
  /** Checks one object. */
  interface Body<T> {
    void check(Scope scope, T object, FindingSink sink);
  }

  private final Function<QualitySystem, List<T>> list;
  private final Function<SystemIndex, Map<K, Integer>> positions;
  private final String prefix;
  private final Function<String, K> parseKey;
  private final Body<T> body;

  ListCheck(
      Function<QualitySystem, List<T>> list,
      Function<SystemIndex, Map<K, Integer>> positions,
      String prefix,
      Function<String, K> parseKey,
      Body<T> body) {
    this.list = list;
    this.positions = positions;
    this.prefix = prefix;
    this.parseKey = parseKey;
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
    return SystemIndex.lookup(positions.apply(state.scope.index), subject, prefix, parseKey);
  }

  @Override
  public void check(State<T> state, int index, FindingSink sink) {
    body.check(state.scope, state.list.get(index), sink);
  }
}
