package se.qms.examples.vendor;

import java.util.Optional;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * A database row that cannot be mapped to the model: {@link QmsErrorCode#ROW_VALUE_MISSING}, {@link
 * QmsErrorCode#ROW_VALUE_INVALID} or {@link QmsErrorCode#ROW_REFERENCE_UNKNOWN}, naming the table,
 * the column and the row's id. The model's own exception, where it rejected the value, is the cause.
 * Immutable.
 */
public final class RowException extends QmsException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String column;
  private final String rowId;

  RowException(QmsErrorCode code, String table, String column, String rowId, String detail, Throwable cause) {
    super(code, table + "." + column + " of row " + rowId + ": " + detail, cause);
    this.table = table;
    this.column = column;
    this.rowId = rowId;
  }

  /** The table, e.g. {@code complaints}. */
  public String table() {
    return table;
  }

  /** The column, e.g. {@code received_on}. */
  public String column() {
    return column;
  }

  /** The row's id (its primary key as text). */
  public String rowId() {
    return rowId;
  }

  /** The model's exception that rejected the value, if the model rejected it. */
  public Optional<Throwable> modelCause() {
    return Optional.ofNullable(getCause());
  }
}
