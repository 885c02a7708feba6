package se.qms.risk;

import java.util.Optional;

/**
 * The steps of an event analysis (händelseanalys), in the only order they can be taken: initiate,
 * collect facts, describe the sequence of events, identify root causes, propose actions and their
 * follow-up, report, decide, evaluate.
 */
public enum EventAnalysisStep {
  /** The analysis was initiated (initierad) after an event. */
  INITIATED("Initiera", "Initiate"),
  /** Facts were collected (fakta insamlad): records, interviews, routines in force. */
  FACTS_COLLECTED("Samla fakta", "Collect facts"),
  /** The sequence of events was described (händelseförloppet beskrivet). */
  SEQUENCE_DESCRIBED("Beskriva händelseförloppet", "Describe the sequence of events"),
  /** Root causes were identified (orsaker identifierade), each in a category of the taxonomy. */
  ROOT_CAUSES_IDENTIFIED("Identifiera orsaker", "Identify root causes"),
  /** Actions and their follow-up were proposed (åtgärder och uppföljning föreslagna). */
  ACTIONS_PROPOSED("Föreslå åtgärder och uppföljning", "Propose actions and follow-up"),
  /** The analysis was reported (rapporterad), e.g. to the nämnd. */
  REPORTED("Rapportera", "Report"),
  /** The actions were decided (beslutade). */
  DECIDED("Besluta", "Decide"),
  /** The effect of the actions was evaluated (utvärderad, SOSFS 2011:9 5 kap. 7 §). */
  EVALUATED("Utvärdera", "Evaluate");

  private static final EventAnalysisStep[] ALL = values();

  private final String swedish;
  private final String english;

  EventAnalysisStep(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name of the step, e.g. "Identifiera orsaker". */
  public String swedish() {
    return swedish;
  }

  /** The English name of the step. */
  public String english() {
    return english;
  }

  /** The step that follows; empty after {@link #EVALUATED}. */
  public Optional<EventAnalysisStep> next() {
    return ordinal() + 1 < ALL.length ? Optional.of(ALL[ordinal() + 1]) : Optional.empty();
  }
}
