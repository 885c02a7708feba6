/** The versioned JSON document format of qms. */
module se.qms.json {
  requires transitive se.qms.core;
  requires transitive se.qms.risk;
  requires static org.immutables.value.annotations;
}
