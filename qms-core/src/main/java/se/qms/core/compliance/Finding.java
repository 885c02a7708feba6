package se.qms.core.compliance;

import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * One thing a rule found: which rule, how serious, a message in Swedish and English, the legal
 * provision or municipal policy it rests on, and the path of the object concerned.
 *
 * <p>Invariants: the rule id is lower-case words separated by dots or hyphens (e.g. {@code
 * risk.critical-without-action}) and stable across releases; messages, basis and subject are
 * non-blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  /** The shape of a rule id. */
  static final java.util.regex.Pattern RULE_ID =
      java.util.regex.Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  Finding() {}

  /** The stable id of the rule that produced the finding, e.g. {@code risk.critical-without-action}. */
  public abstract String ruleId();

  /** How serious the finding is. */
  public abstract FindingSeverity severity();

  /** The message in Swedish. */
  public abstract String messageSv();

  /** The message in English. */
  public abstract String messageEn();

  /**
   * What the finding rests on: a legal reference such as "SOSFS 2011:9 5 kap. 1 §" or the
   * municipal policy it applies.
   */
  public abstract String basis();

  /** The path of the object concerned, e.g. {@code risks/R1} or {@code processes/2.1.2.3.5}. */
  public abstract String subject();

  /** A strict builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds findings. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Whether a text has the shape of {@link #RULE_ID}: runs of lower-case letters and digits joined
   * by single dots or hyphens. A loop, not the pattern: every finding is checked.
   */
  static boolean isRuleId(String id) {
    boolean wordStart = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStart = false;
      } else if ((c == '.' || c == '-') && !wordStart) {
        wordStart = true;
      } else {
        return false;
      }
    }
    return !wordStart;
  }

  @Value.Check
  final void check() {
    Checks.text(ruleId(), 100, "ruleId");
    if (!isRuleId(ruleId())) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED,
          "ruleId",
          ruleId(),
          "lower-case words separated by dots or hyphens, e.g. risk.critical-without-action");
    }
    Checks.text(messageSv(), 2_000, "messageSv");
    Checks.text(messageEn(), 2_000, "messageEn");
    Checks.text(basis(), 500, "basis");
    Checks.text(subject(), 500, "subject");
  }
}
