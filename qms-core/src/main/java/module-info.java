/**
 * The domain model of systematic quality work under SOSFS 2011:9 and its rule engines.
 *
 * <p>No run-time dependencies: Immutables is used at compile time only.
 */
module se.qms.core {
  requires static org.immutables.value.annotations;

  exports se.qms.core;
  exports se.qms.core.organisation;
  exports se.qms.core.process;
  exports se.qms.core.compliance;
  exports se.qms.core.measure;
  exports se.qms.core.deadline;
  exports se.qms.core.improvement;
  exports se.qms.core.selfinspection;
  exports se.qms.core.unexecuted;
  exports se.qms.core.lexsarah;
  exports se.qms.core.report;
  exports se.qms.core.privacy;
  // se.qms.core.internal is deliberately not exported
}
