package se.qms.core;

import static java.util.Objects.requireNonNull;

/**
 * Every error the library reports, each with a stable identifier.
 *
 * <p>The {@link #id()} of a constant never changes once released, so applications may store it,
 * map it to their own messages or count it. Identifiers are unique (a test proves it) and are
 * grouped by concept: {@code QMS-1xxx} values in general, {@code QMS-11xx} organisation,
 * {@code QMS-12xx} processes, {@code QMS-13xx} measures, {@code QMS-14xx} deadlines and the
 * working-day calendar, {@code QMS-15xx} improvement work (complaints, deviations, actions and
 * their statistics), {@code QMS-16xx} egenkontroll, {@code QMS-17xx} lex Sarah, {@code QMS-18xx}
 * decisions not carried out, {@code QMS-19xx} compliance checks and their configuration, {@code
 * QMS-20xx} risk analysis, {@code QMS-21xx} event analysis, {@code QMS-22xx} internal control,
 * {@code QMS-23xx} checking published tables, {@code QMS-24xx} reliability (files a command must
 * not overwrite), {@code QMS-40xx} the JSON format, {@code QMS-42xx} limits on documents read, {@code QMS-41xx}
 * Kolada, {@code QMS-90xx} the command line, {@code QMS-91xx} reading a case-management system's
 * database (the embedding example of qms-examples).
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

  /** A year lies outside the years the Swedish calendar covers. */
  CALENDAR_YEAR_OUT_OF_RANGE(
      "QMS-1401",
      "A date lies outside the years the Swedish working-day calendar covers (1953–9999).",
      Phase.MODEL),
  /** A time limit has a negative or too large amount. */
  TIME_LIMIT_OUT_OF_RANGE(
      "QMS-1402",
      "A time limit must be a whole number of days, working days, weeks or months in its allowed"
          + " range.",
      Phase.MODEL),
  /** An end date lies before its start date. */
  DATES_OUT_OF_ORDER("QMS-1403", "An end date lies before its start date.", Phase.MODEL),

  /** A lifecycle command is not allowed in the case's current status. */
  TRANSITION_NOT_ALLOWED(
      "QMS-1501", "A command is not allowed in the current status of the case.", Phase.EVALUATE),
  /** A case history is not a chain of allowed transitions in date order. */
  HISTORY_INCONSISTENT(
      "QMS-1502",
      "A case history must be a chain of allowed transitions in date order that ends in the"
          + " current status.",
      Phase.MODEL),
  /** A date of a case lies before the day the case was received or reported. */
  CASE_DATE_BEFORE_START(
      "QMS-1503",
      "A date of a case lies before the day it was received, reported or registered.",
      Phase.MODEL),
  /** A category is not part of the taxonomy in use. */
  CATEGORY_UNKNOWN("QMS-1504", "A category is not part of the taxonomy in use.", Phase.MODEL),
  /** A command lacks the data its type needs, or carries data its type does not use. */
  COMMAND_INCOMPLETE(
      "QMS-1505",
      "A command lacks data its type requires or carries data its type does not use.",
      Phase.MODEL),
  /** A statistics record carries a field its case type does not have. */
  RECORD_FIELD_NOT_APPLICABLE(
      "QMS-1506",
      "A statistics record carries a field that its case type does not have.",
      Phase.MODEL),
  /** Shares to be rounded to a total of 100 do not add up to one whole. */
  SHARES_NOT_WHOLE(
      "QMS-1507",
      "Shares to be rounded to a total of 100 % must add up to one whole.",
      Phase.EVALUATE),

  /** A JSON document is not well-formed JSON. */
  JSON_SYNTAX("QMS-4001", "A document is not well-formed JSON.", Phase.READ),
  /** A JSON object has a property the format does not define. */
  JSON_UNKNOWN_PROPERTY(
      "QMS-4002", "A JSON object has a property the format does not define.", Phase.READ),
  /** A JSON value has the wrong type (e.g. a string where a number belongs). */
  JSON_WRONG_TYPE("QMS-4003", "A JSON value has the wrong type.", Phase.READ),
  /** A JSON string is not one of the values an enumeration allows. */
  JSON_UNKNOWN_ENUM("QMS-4004", "A JSON string is not one of the allowed values.", Phase.READ),
  /** A document exceeds a configured limit: size, nesting depth, string or number length. */
  JSON_LIMIT_EXCEEDED(
      "QMS-4005",
      "A document exceeds a configured limit on size, nesting depth, string or number length.",
      Phase.READ),
  /** A document names a format or format version this library does not read. */
  JSON_FORMAT_UNSUPPORTED(
      "QMS-4006", "A document names a format or format version that is not supported.", Phase.READ),
  /** A required JSON property is missing. */
  JSON_MISSING_PROPERTY("QMS-4007", "A required JSON property is missing.", Phase.READ),
  /** A JSON value breaks a declared constraint (range, length, pattern). */
  JSON_CONSTRAINT_VIOLATED(
      "QMS-4008", "A JSON value breaks a constraint of the format.", Phase.READ),
  /** A value read breaks a Bean Validation constraint the application declared on the model. */
  JSON_BEAN_CONSTRAINT_VIOLATED(
      "QMS-4009",
      "A value read breaks a Bean Validation constraint the application declared.",
      Phase.READ),

  /** A document is longer, in bytes, than the configured limit. */
  JSON_DOCUMENT_TOO_LARGE(
      "QMS-4200", "A document is longer than the configured limit on its size.", Phase.READ),
  /** Arrays and objects are nested deeper than the configured limit. */
  JSON_NESTING_TOO_DEEP(
      "QMS-4201", "Arrays and objects of a document are nested deeper than the configured limit.", Phase.READ),
  /** A string value is longer than the configured limit. */
  JSON_STRING_TOO_LONG(
      "QMS-4202", "A string of a document is longer than the configured limit.", Phase.READ),
  /** A number is written with more characters than the configured limit. */
  JSON_NUMBER_TOO_LONG(
      "QMS-4203", "A number of a document has more digits than the configured limit.", Phase.READ),
  /** A property name is longer than the limit (1 000 characters). */
  JSON_NAME_TOO_LONG(
      "QMS-4204", "A property name of a document is longer than the limit.", Phase.READ),
  /** A document has more errors than are reported; the rest are not listed. */
  JSON_TOO_MANY_ERRORS(
      "QMS-4205", "A document has more errors than are listed; reading stopped at the limit.", Phase.READ),

  /** Kolada answered HTTP 400 Bad Request. */
  KOLADA_BAD_REQUEST("QMS-4101", "Kolada rejected the request (HTTP 400).", Phase.IO),
  /** Kolada answered HTTP 404 Not Found. */
  KOLADA_NOT_FOUND("QMS-4102", "Kolada has no such resource (HTTP 404).", Phase.IO),
  /** Kolada answered with a server error (HTTP 5xx) or another unexpected status. */
  KOLADA_SERVER_ERROR(
      "QMS-4103", "Kolada answered with a server error or an unexpected status.", Phase.IO),
  /** A Kolada response body is not the v2 envelope the importer reads. */
  KOLADA_BODY_MALFORMED(
      "QMS-4104", "A Kolada response is not a well-formed v2 envelope.", Phase.READ),
  /** Kolada could not be reached in time. */
  KOLADA_UNREACHABLE("QMS-4105", "Kolada could not be reached in time.", Phase.IO),

  /** A risk scale has too few or too many steps, or labels that do not name each step once. */
  RISK_SCALE_SIZE(
      "QMS-2001",
      "A risk scale must have 2 to 10 steps, each with one Swedish and one English label.",
      Phase.MODEL),
  /** A probability or severity rating lies outside its scale. */
  RISK_RATING_OUT_OF_SCALE(
      "QMS-2002", "A probability or severity rating lies outside its scale.", Phase.MODEL),
  /** A risk band's lower bound is not below its upper bound. */
  RISK_BAND_EMPTY(
      "QMS-2003", "A risk band's lower bound must lie below its upper bound.", Phase.MODEL),
  /** Two consecutive risk bands leave values between them uncovered. */
  RISK_BANDS_GAP("QMS-2004", "Risk bands leave a gap between two bands.", Phase.MODEL),
  /** Two risk bands both contain some value. */
  RISK_BANDS_OVERLAP("QMS-2005", "Risk bands overlap.", Phase.MODEL),
  /** Risk bands do not run from 1 to the largest value of the scales. */
  RISK_BANDS_RANGE(
      "QMS-2006",
      "Risk bands must run from 1 to the product of the two scales' largest steps.",
      Phase.MODEL),
  /** An escalation threshold lies outside the values the scales can produce. */
  RISK_ESCALATION_THRESHOLD(
      "QMS-2007",
      "An escalation threshold must lie between 1 and the largest value of the scales.",
      Phase.MODEL),
  /** A risk assessment holds neither or both of individual ratings and a published rating. */
  RISK_ASSESSMENT_FORM(
      "QMS-2008",
      "A risk assessment holds either individual ratings or one published rating, not both or"
          + " neither.",
      Phase.MODEL),
  /** A risk's status contradicts its assessments or actions. */
  RISK_STATUS_INCONSISTENT(
      "QMS-2009",
      "A risk's status contradicts its assessments or linked actions.",
      Phase.MODEL),

  /** An event analysis step does not follow the step before it. */
  EVENT_ANALYSIS_STEP_ORDER(
      "QMS-2101",
      "An event analysis (händelseanalys) step can only follow the step before it.",
      Phase.MODEL),
  /** A root cause names a category outside the taxonomy in use. */
  ROOT_CAUSE_CATEGORY_UNKNOWN(
      "QMS-2102", "A root cause names a category outside the taxonomy in use.", Phase.MODEL),

  /** An answer does not fit the answer type of its checklist item. */
  CHECKLIST_ANSWER_TYPE(
      "QMS-1601", "An answer does not fit the answer type of its checklist item.", Phase.MODEL),
  /** An answer names an item its checklist template does not have. */
  CHECKLIST_ANSWER_UNKNOWN_ITEM(
      "QMS-1602", "An answer names an item its checklist template does not have.", Phase.MODEL),
  /** A completed checklist is evaluated against another template or template version. */
  CHECKLIST_TEMPLATE_MISMATCH(
      "QMS-1603",
      "A completed checklist can only be evaluated against its own template and version.",
      Phase.EVALUATE),
  /** A follow-up schedule names no occurrence at all. */
  SCHEDULE_EMPTY("QMS-1604", "A follow-up schedule must name at least one occurrence.", Phase.MODEL),
  /** A sample asks for a share outside (0, 1] or more elements than the population has. */
  SAMPLE_SIZE_INVALID(
      "QMS-1605",
      "A sample is a share in (0, 1] or a size no larger than its population.",
      Phase.MODEL),
  /** A coverage measure has no units or managers to cover. */
  COVERAGE_POPULATION_EMPTY(
      "QMS-1606", "A coverage measure needs at least one unit in its population.", Phase.MODEL),

  /** A lex Sarah case not assessed as serious is notified to IVO. */
  LEX_SARAH_NOT_SERIOUS(
      "QMS-1701",
      "Only a lex Sarah case assessed as an allvarligt missförhållande or a påtaglig risk för ett"
          + " allvarligt missförhållande can be notified to IVO.",
      Phase.EVALUATE),
  /** A lex Sarah case assessed as serious is closed without a notification to IVO. */
  LEX_SARAH_SERIOUS_NOT_NOTIFIED(
      "QMS-1702",
      "A lex Sarah case assessed as serious cannot be closed before it is notified to IVO.",
      Phase.EVALUATE),
  /** A referral is given with an assessment other than "not a missförhållande". */
  LEX_SARAH_REFERRAL_MISPLACED(
      "QMS-1703",
      "A lex Sarah referral to another process belongs only to the assessment that there is no"
          + " missförhållande.",
      Phase.MODEL),
  /** The individuals named by a lex Sarah report repeat or outnumber the count concerned. */
  LEX_SARAH_INDIVIDUALS_INCONSISTENT(
      "QMS-1704",
      "The individuals a lex Sarah report names must be distinct and no more than the number of"
          + " individuals it concerns.",
      Phase.MODEL),
  /** A lex Sarah case names a committee that is not a nämnd. */
  LEX_SARAH_COMMITTEE_NOT_A_NAMND(
      "QMS-1705",
      "The committee responsible for a lex Sarah case must be an organisational unit of kind"
          + " nämnd.",
      Phase.MODEL),
  /** A decision names a kind of insats that is not in the catalogue in use. */
  INSATS_UNKNOWN(
      "QMS-1801",
      "A kind of insats is not in the catalogue in use, or differs from it in law or label.",
      Phase.MODEL),
  /** A report on decisions not carried out names a period that is not a quarter. */
  REPORT_PERIOD_NOT_QUARTER(
      "QMS-1802",
      "A report on decisions not carried out covers one quarter (e.g. 2019-Q3).",
      Phase.MODEL),
  /** A quarterly report is dated before its quarter has ended. */
  REPORT_BEFORE_QUARTER_END(
      "QMS-1803",
      "A quarterly report on decisions not carried out cannot be submitted before the quarter's"
          + " last day.",
      Phase.MODEL),
  /** A waiting-time scale starts above the limit after which decisions become reportable. */
  WAITING_TIME_SCALE_MISMATCH(
      "QMS-1804",
      "A waiting-time scale must start at or below the months after which decisions become"
          + " reportable, so that every reportable decision lies in one bucket.",
      Phase.EVALUATE),
  /** A waiting-time scale's bounds are not increasing whole months. */
  WAITING_TIME_SCALE_INVALID(
      "QMS-1805",
      "A waiting-time scale's bounds must be strictly increasing whole months from 0 to 1200.",
      Phase.MODEL),
  /** A rule set configures a rule the registry in use does not have. */
  COMPLIANCE_RULE_UNKNOWN(
      "QMS-1901", "A rule set names a compliance rule that is not registered.", Phase.MODEL),
  /** Two rules of a registry carry the same id. */
  COMPLIANCE_RULE_DUPLICATE(
      "QMS-1902", "Two compliance rules of one registry carry the same id.", Phase.MODEL),
  /** A rule setting names a parameter its rule does not have. */
  COMPLIANCE_PARAMETER_UNKNOWN(
      "QMS-1903", "A rule setting names a parameter the rule does not have.", Phase.MODEL),
  /** A rule parameter lies outside the range its rule allows. */
  COMPLIANCE_PARAMETER_OUT_OF_RANGE(
      "QMS-1904", "A rule parameter lies outside the range the rule allows.", Phase.MODEL),

  /** An internal control item has two follow-ups for one tertial. */
  INTERNAL_CONTROL_FOLLOW_UP_DUPLICATE(
      "QMS-2201",
      "An internal control item has at most one follow-up per tertial.",
      Phase.MODEL),

  /** A relation of a published table names a row or column the table does not have. */
  TABLE_LABEL_UNKNOWN(
      "QMS-2301",
      "A relation of a published table names a row or column the table does not have.",
      Phase.MODEL),
  /** Every cell a relation of a published table covers is blank. */
  TABLE_RELATION_BLANK(
      "QMS-2302",
      "A relation of a published table covers only blank cells, so there is nothing to check.",
      Phase.MODEL),
  /** A published table's labels repeat or its rows do not have one cell per column. */
  TABLE_SHAPE_INVALID(
      "QMS-2303",
      "A published table must have unique row and column labels and one cell per column in every"
          + " row.",
      Phase.MODEL),
  /** A relation of a published table contradicts itself. */
  TABLE_RELATION_INVALID(
      "QMS-2304",
      "A relation of a published table must name distinct cells: a total is not one of its own"
          + " parts, and a share or change is printed in a column of its own.",
      Phase.MODEL),

  /** An output file of a command would overwrite one of its input files. */
  OUTPUT_OVERWRITES_INPUT(
      "QMS-2400",
      "An output file would overwrite an input file; choose another output path.",
      Phase.USAGE),

  /** The command line was called with unknown or missing arguments. */
  CLI_USAGE("QMS-9001", "The command line was called with wrong arguments.", Phase.USAGE),
  /** A file could not be read or written. */
  IO_FAILURE("QMS-9002", "A file could not be read or written.", Phase.IO),

  /** A required column of a database row is empty (NULL or blank). */
  ROW_VALUE_MISSING("QMS-9101", "A required column of a database row is empty.", Phase.READ),
  /** A column of a database row holds a code or value the model does not accept. */
  ROW_VALUE_INVALID(
      "QMS-9102", "A column of a database row holds a value the model does not accept.", Phase.READ),
  /** A column of a database row names a row of another table that does not exist. */
  ROW_REFERENCE_UNKNOWN(
      "QMS-9103", "A column of a database row names a row that does not exist.", Phase.READ),
  /** The database could not be read or written. */
  DATABASE_FAILURE("QMS-9104", "The database could not be read or written.", Phase.IO);

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
