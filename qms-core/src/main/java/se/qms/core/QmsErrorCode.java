package se.qms.core;

import static java.util.Objects.requireNonNull;

/**
 * Every error the library reports, each with a stable identifier.
 *
 * <p>The {@link #id()} of a constant never changes once released, so applications may store it,
 * map it to their own messages or count it. Identifiers are unique (a test proves it) and are
 * grouped by concept: {@code QMS-1xxx} values in general, {@code QMS-11xx} organisation,
 * {@code QMS-12xx} processes, {@code QMS-13xx} measures, {@code QMS-9xxx} the command line.
 */
public enum QmsErrorCode {
  /** A required value is absent or {@code null}. */
  VALUE_MISSING("QMS-1001", "A required value is missing.", Phase.MODEL),
  /** A number lies outside its allowed range. */
  VALUE_OUT_OF_RANGE("QMS-1002", "A value lies outside its allowed range.", Phase.MODEL),
  /** A text is empty or only white space where content is required. */
  VALUE_BLANK("QMS-1003", "A text is empty where content is required.", Phase.MODEL),
  /** A text does not have the canonical form of its type. */
  VALUE_MALFORMED("QMS-1004", "A text does not have the form its type requires.", Phase.PARSE),
  /** A text is longer than its type allows. */
  VALUE_TOO_LONG("QMS-1005", "A text is longer than allowed.", Phase.MODEL),
  /** A value looks like a Swedish personal identity number, which the model never holds. */
  PERSONAL_IDENTITY_NUMBER_REJECTED(
      "QMS-1006",
      "A value has the shape of a personal identity number (personnummer); people are referenced"
          + " by pseudonymous ids only.",
      Phase.MODEL),
  /** Two elements of a collection carry the same identifier. */
  DUPLICATE_ID("QMS-1007", "Two elements carry the same identifier.", Phase.MODEL),
  /** A reference names an element that does not exist. */
  DANGLING_REFERENCE("QMS-1008", "A reference names an element that does not exist.", Phase.MODEL),
  /** Two attributes of one value contradict each other. */
  INCONSISTENT_VALUE("QMS-1009", "Attributes of one value contradict each other.", Phase.MODEL),

  /** Parent links of organisational units form a cycle. */
  ORGANISATION_CYCLE("QMS-1101", "Parent links of organisational units form a cycle.", Phase.MODEL),
  /** A unit is placed under a unit of the same or a lower level. */
  ORGANISATION_LEVEL_ORDER(
      "QMS-1102",
      "An organisational unit must sit below a unit of a higher level (nämnd, förvaltning,"
          + " avdelning, enhet, grupp).",
      Phase.MODEL),

  /** A process number is not a dot-separated sequence of positive integers. */
  PROCESS_NUMBER_MALFORMED(
      "QMS-1201", "A process number must be positive integers separated by dots.", Phase.PARSE),
  /** A process node's number does not extend its parent's number. */
  PROCESS_NOT_UNDER_PARENT(
      "QMS-1202", "A process node has no parent node with the number it extends.", Phase.MODEL),
  /** A process node has a kind that cannot occur at its place in the hierarchy. */
  PROCESS_KIND_MISPLACED(
      "QMS-1203",
      "A process node's kind does not fit its place (category, purpose group, area, process,"
          + " sub-process).",
      Phase.MODEL),
  /** A ProcessIndex level lies outside its scale. */
  PROCESS_INDEX_LEVEL_OUT_OF_SCALE(
      "QMS-1204", "A SIQ ProcessIndex level lies outside the scale 1–10.", Phase.MODEL),

  /** A period's text is not one of the canonical forms. */
  PERIOD_MALFORMED(
      "QMS-1301",
      "A period must read 2016, 2016-T2, 2019-Q3, 2020-H1 or 2020-04.",
      Phase.PARSE),
  /** A measured or reference value is NaN or infinite. */
  VALUE_NOT_FINITE("QMS-1302", "A measured value must be a finite number.", Phase.MODEL),
  /** A traffic-light policy cannot be evaluated as configured. */
  LIGHT_POLICY_INVALID(
      "QMS-1303",
      "A traffic-light policy is inconsistent with itself or with its indicator.",
      Phase.MODEL),

  /** The command line was called with unknown or missing arguments. */
  CLI_USAGE("QMS-9001", "The command line was called with wrong arguments.", Phase.USAGE),
  /** A file could not be read or written. */
  IO_FAILURE("QMS-9002", "A file could not be read or written.", Phase.IO);

  /** The stage of work in which an error arises. */
  public enum Phase {
    /** Reading the text form of a value. */
    PARSE,
    /** Building or checking a model value. */
    MODEL,
    /** Reading a whole document. */
    READ,
    /** Evaluating rules. */
    EVALUATE,
    /** Calling the command line. */
    USAGE,
    /** Reading or writing files. */
    IO
  }

  private final String id;
  private final String description;
  private final Phase phase;

  QmsErrorCode(String id, String description, Phase phase) {
    this.id = requireNonNull(id, "id");
    this.description = requireNonNull(description, "description");
    this.phase = requireNonNull(phase, "phase");
  }

  /** The stable identifier, e.g. {@code "QMS-1201"}; never empty. */
  public String id() {
    return id;
  }

  /** An English sentence describing the error class; never empty. */
  public String description() {
    return description;
  }

  /** The stage of work in which the error arises; never {@code null}. */
  public Phase phase() {
    return phase;
  }
}
