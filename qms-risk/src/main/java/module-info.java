/** Risk analysis under SOSFS 2011:9 5 kap. 1 §. */
module se.qms.risk {
  requires transitive se.qms.core;
  requires static org.immutables.value.annotations;
}
