/** The qms command line and the bundled sample municipalities. */
module se.qms.examples {
  requires transitive se.qms.core;
  requires transitive se.qms.risk;
  requires se.qms.json;
  requires jmh.core;
  // the Drools side of DroolsBenchmark, compiled against the KIE API; run on the class path only
  requires static org.kie.api;
  requires transitive java.sql;

  exports se.qms.examples;
  exports se.qms.examples.samples;
  exports se.qms.examples.generate;
  exports se.qms.examples.vendor;
  // the plain baseline of JsonBenchmark is bound reflectively
  opens se.qms.examples.bench to tools.jackson.databind;
}
