package se.qms.json;

import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * How strictly documents are read and the limits that protect against hostile input.
 *
 * <p>Defaults: strict (unknown properties are errors), documents up to 256 MiB, nesting up to 32
 * levels, strings up to 1 MiB characters, numbers up to 64 characters, property names up to 1 000
 * characters (fixed). A document over a limit is rejected while it is read, at the first value
 * over it, with one error naming the limit: {@link QmsErrorCode#JSON_DOCUMENT_TOO_LARGE} (checked
 * before parsing begins), {@link QmsErrorCode#JSON_NESTING_TOO_DEEP}, {@link
 * QmsErrorCode#JSON_STRING_TOO_LONG}, {@link QmsErrorCode#JSON_NUMBER_TOO_LONG} or {@link
 * QmsErrorCode#JSON_NAME_TOO_LONG}. At most 1 000 errors of a document are listed; a last one,
 * {@link QmsErrorCode#JSON_TOO_MANY_ERRORS}, counts the rest. Immutable and thread-safe.
 */
public final class ReadOptions {
  private static final ReadOptions STRICT = new ReadOptions(false, 256L << 20, 32, 1 << 20, 64, null);

  private final boolean lenient;
  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final BeanCheck beans;

  private ReadOptions(
      boolean lenient,
      long maxDocumentBytes,
      int maxDepth,
      int maxStringLength,
      int maxNumberLength,
      BeanCheck beans) {
    this.beans = beans;
    this.lenient = lenient;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /** Strict reading with the default limits. */
  public static ReadOptions strict() {
    return STRICT;
  }

  /** These options, but unknown properties are ignored (every other error still counts). */
  public ReadOptions lenient() {
    return new ReadOptions(true, maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, beans);
  }

  /** These options with other limits; each must be at least 1 (documents at least 1 KiB). */
  public ReadOptions withLimits(
      long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
    require(maxDocumentBytes >= 1024, "maxDocumentBytes", maxDocumentBytes);
    require(maxDepth >= 8, "maxDepth", maxDepth);
    require(maxStringLength >= 1, "maxStringLength", maxStringLength);
    require(maxNumberLength >= 1, "maxNumberLength", maxNumberLength);
    return new ReadOptions(lenient, maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, beans);
  }

  /**
   * These options, and every value read is also validated with {@code validator}: the
   * application's own Bean Validation constraints on the model (see {@link ModelConstraints}),
   * each violation reported with {@link QmsErrorCode#JSON_BEAN_CONSTRAINT_VIOLATED} at its pointer.
   *
   * @param validator built once, e.g. from {@link ModelConstraints#configure()}; not null
   */
  public ReadOptions withValidator(jakarta.validation.Validator validator) {
    if (validator == null) {
      throw new se.qms.core.MissingValueException("validator");
    }
    return new ReadOptions(
        lenient, maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, new BeanCheck(validator));
  }

  /** Whether values read are validated with an application's Bean Validation constraints. */
  public boolean validatesBeans() {
    return beans != null;
  }

  /** The Bean Validation step; null when none was configured. */
  BeanCheck beans() {
    return beans;
  }

  private static void require(boolean ok, String field, long value) {
    if (!ok) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, field, value, "is below its minimum");
    }
  }

  /** Whether unknown properties are ignored. */
  public boolean isLenient() {
    return lenient;
  }

  /** The largest document read, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of arrays and objects. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest number, in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }
}
