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
final class ListCheck<T, K> implements RuleCheck<Scope> {
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

  @Override
  public Scope prepare(QualitySystem system, LocalDate asOf) {
    return new Scope(system, asOf);
  }

  @Override
  public int size(Scope scope) {
    return list.apply(scope.system).size();
  }

  @Override
  public int indexOf(Scope scope, String subject) {
    return SystemIndex.lookup(positions.apply(scope.index), subject, prefix, parseKey);
  }

  @Override
  public void check(Scope scope, int index, FindingSink sink) {
    T object = list.apply(scope.system).get(index);
    body.check(scope, object, sink);
  }
}
