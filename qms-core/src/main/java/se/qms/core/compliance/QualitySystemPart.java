package se.qms.core.compliance;

/**
 * A part of a quality system contributed by another module, such as qms-risk's risk register.
 *
 * <p>The core holds parts without knowing their types; a {@link QualitySystem} has at most one part
 * of each class, found with {@link QualitySystem#part(Class)}. Implementations are immutable and
 * thread-safe, and define {@code equals} by value.
 */
public interface QualitySystemPart {}
