package se.qms.core.compliance;

/**
 * A part of a rule set contributed by another module, such as qms-risk's scales, bands and
 * escalation policy.
 *
 * <p>A {@link RuleSet} has at most one part of each class, found with {@link RuleSet#part(Class)}.
 * Implementations are immutable and thread-safe, and define {@code equals} by value.
 */
public interface RuleSetPart {}
