/** An application outside the qms repository, on the module path. */
module se.qms.consumer {
  requires se.qms.core;
  requires se.qms.risk;
  requires se.qms.json;

  exports se.qms.consumer;
}
