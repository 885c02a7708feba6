package se.qms.core.improvement;

/**
 * What every kind of lifecycle command has in common: the name of the event it produces, in the
 * past tense ("Answered" for the command ANSWER).
 *
 * <p>Implemented by {@link ComplaintCommandType}, {@link DeviationCommandType} and {@link
 * ActionCommandType}; not meant for other implementations.
 */
public interface CaseCommandType {
  /** The event in English, past tense, e.g. "Answered". */
  String eventName();

  /** The event in Swedish, e.g. "Besvarad". */
  String swedishEventName();
}
