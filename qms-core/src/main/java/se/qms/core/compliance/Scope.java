package se.qms.core.compliance;

import java.time.LocalDate;

/** What the core's rules see in one evaluation: the system, its index and the day. */
final class Scope {
  final QualitySystem system;
  final SystemIndex index;
  final LocalDate asOf;

  Scope(QualitySystem system, LocalDate asOf) {
    this.system = system;
    this.index = system.index();
    this.asOf = asOf;
  }
}
