/**
 * Risk analysis under SOSFS 2011:9 5 kap. 1 §: risk scales, scoring, bands, aggregation of several
 * assessors, the risk matrix, escalation, event analysis (händelseanalys) and internal control
 * plans (internkontrollplan).
 */
module se.qms.risk {
  requires transitive se.qms.core;
  requires static org.immutables.value.annotations;

  exports se.qms.risk;
  // se.qms.risk.internal is deliberately not exported
}
