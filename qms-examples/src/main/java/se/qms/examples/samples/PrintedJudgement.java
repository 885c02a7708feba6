package se.qms.examples.samples;

import java.util.Optional;
import se.qms.core.measure.Period;

/**
 * What a source document printed about one value: a trend word ("Ökande"), a traffic light (the
 * symbol ● or ◆) or a comparison ("bättre än liknande kommuner"), kept beside the sample data so
 * tests can check that it follows from the numbers.
 *
 * @param kind what was printed
 * @param indicatorId the indicator concerned
 * @param period the period judged
 * @param against the comparison group or unit compared with; empty for trends and lights
 * @param printed the printed word, symbol or sentence, as printed
 * @param place the file and line it was transcribed to
 */
public record PrintedJudgement(
    Kind kind,
    String indicatorId,
    Period period,
    Optional<String> against,
    String printed,
    String place) {

  /** The kinds of printed judgement. */
  public enum Kind {
    /** A year-on-year trend word. */
    TREND,
    /** A traffic-light symbol. */
    LIGHT,
    /** A better/worse statement against a reference. */
    COMPARISON
  }
}
