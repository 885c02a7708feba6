/**
 * The versioned JSON document format of qms: strict reading with every error collected and located
 * by JSON pointer, deterministic writing, JSON Schemas, and the Kolada v2 importer.
 */
module se.qms.json {
  requires transitive se.qms.core;
  requires transitive se.qms.risk;
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  requires java.net.http;
  requires static org.immutables.value.annotations;

  exports se.qms.json;
  exports se.qms.json.kolada;
  // test records are bound by Jackson reflectively (tests are patched into this module)
  opens se.qms.json to tools.jackson.databind;
}
