package se.qms.core.selfinspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * When a completed checklist is Godkänd: any combination of three rules, held as data.
 *
 * <ul>
 *   <li>{@link #allMandatoryYes()}: every mandatory item is answered and not failed (Ej aktuell
 *       is accepted);
 *   <li>{@link #minimumScore()}: the weighted score (0–1) is at or above the threshold;
 *   <li>{@link #noCriticalFailed()}: no critical item failed.
 * </ul>
 *
 * <p>An item fails when it is answered Nej, answered with the scale minimum, or is a scored
 * mandatory item left unanswered. The score is the weighted mean of the scored items that are not
 * Ej aktuell (Ja = 1, Nej = 0, scale value linearly between 0 and 1, unanswered = 0); with no such
 * items it is 1. The rules are monotonic: answering Ja to more items never turns Godkänd into Ej
 * godkänd. Invariant: a threshold lies in [0, 1]. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PassPolicy {
  PassPolicy() {}

  /** Whether every mandatory item must be answered and not fail; default true. */
  @Value.Default
  public boolean allMandatoryYes() {
    return true;
  }

  /** The lowest weighted score (0–1) that passes; empty for no score rule. */
  public abstract OptionalDouble minimumScore();

  /** Whether a failed critical item fails the checklist; default true. */
  @Value.Default
  public boolean noCriticalFailed() {
    return true;
  }

  /** The default policy: all mandatory items yes and no critical item failed. */
  public static PassPolicy standard() {
    return builder().build();
  }

  /**
   * Judges a completed checklist.
   *
   * @param template not null; must have the checklist's template id and version
   * @param checklist not null; every answer must name an item of the template and fit its type
   * @throws InvalidValueException with {@link QmsErrorCode#CHECKLIST_TEMPLATE_MISMATCH}, {@link
   *     QmsErrorCode#CHECKLIST_ANSWER_UNKNOWN_ITEM}, {@link QmsErrorCode#CHECKLIST_ANSWER_TYPE} or
   *     {@link QmsErrorCode#VALUE_OUT_OF_RANGE} (a scale value outside the item's scale)
   */
  public ChecklistOutcome evaluate(ChecklistTemplate template, CompletedChecklist checklist) {
    Checks.present(template, "template");
    Checks.present(checklist, "checklist");
    if (!template.id().equals(checklist.templateId())
        || template.version() != checklist.templateVersion()) {
      throw InvalidValueException.violates(
          QmsErrorCode.CHECKLIST_TEMPLATE_MISMATCH,
          "templateId",
          checklist.templateId() + " v" + checklist.templateVersion(),
          "must be the template evaluated, " + template.id() + " v" + template.version());
    }
    Map<String, Answer> answers = answersByItem(template, checklist);
    double weighted = 0;
    double weights = 0;
    boolean mandatoryOk = true;
    boolean criticalOk = true;
    List<String> failed = new ArrayList<>();
    for (ChecklistItem item : template.items()) {
      if (!item.answerType().isScored()) {
        if (item.mandatory() && !answers.containsKey(item.id())) {
          mandatoryOk = false;
          failed.add(item.id());
        }
        continue;
      }
      Answer a = answers.get(item.id());
      if (a != null && a.choice().filter(c -> c == Choice.NOT_APPLICABLE).isPresent()) {
        continue;
      }
      double score = a == null ? 0 : score(item, a);
      boolean itemFailed = a == null ? item.mandatory() : score == 0;
      weighted += item.weight() * score;
      weights += item.weight();
      if (itemFailed) {
        failed.add(item.id());
        mandatoryOk &= !item.mandatory();
        criticalOk &= !item.critical();
      }
    }
    double total = weights == 0 ? 1.0 : weighted / weights;
    boolean passed =
        (!allMandatoryYes() || mandatoryOk)
            && (!noCriticalFailed() || criticalOk)
            && (minimumScore().isEmpty() || total >= minimumScore().getAsDouble());
    return ChecklistOutcome.builder()
        .checklistId(checklist.id())
        .passed(passed)
        .score(total)
        .addAllFailedItems(failed)
        .build();
  }

  private static Map<String, Answer> answersByItem(ChecklistTemplate template, CompletedChecklist c) {
    Map<String, Answer> out = new HashMap<>();
    for (Answer a : c.answers()) {
      ChecklistItem item =
          template
              .item(a.itemId())
              .orElseThrow(
                  () ->
                      InvalidValueException.violates(
                          QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM,
                          "answers.itemId",
                          a.itemId(),
                          "must name an item of template " + template.id()));
      if (a.type() != item.answerType()) {
        throw InvalidValueException.violates(
            QmsErrorCode.CHECKLIST_ANSWER_TYPE,
            "answers." + a.itemId(),
            a.type(),
            "must be of type " + item.answerType());
      }
      if (a.scale().isPresent()) {
        int v = a.scale().getAsInt();
        int min = item.scaleMin().getAsInt();
        int max = item.scaleMax().getAsInt();
        if (v < min || v > max) {
          throw InvalidValueException.outOfRange(
              QmsErrorCode.VALUE_OUT_OF_RANGE, "answers." + a.itemId(), v, min, max);
        }
      }
      out.put(a.itemId(), a);
    }
    return out;
  }

  private static double score(ChecklistItem item, Answer a) {
    if (a.choice().isPresent()) {
      return a.choice().get() == Choice.YES ? 1 : 0;
    }
    int min = item.scaleMin().getAsInt();
    return (a.scale().getAsInt() - min) / (double) (item.scaleMax().getAsInt() - min);
  }

  /** A strict builder; every rule has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds pass policies. */
  public static final class Builder extends ImmutablePassPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (minimumScore().isPresent()) {
      double s = minimumScore().getAsDouble();
      if (!(s >= 0 && s <= 1)) {
        throw InvalidValueException.outOfRange(QmsErrorCode.VALUE_OUT_OF_RANGE, "minimumScore", s, 0, 1);
      }
    }
  }
}
