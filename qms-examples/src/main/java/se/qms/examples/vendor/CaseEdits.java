package se.qms.examples.vendor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/** What a case worker's save does in the example: one UPDATE of one case. */
public final class CaseEdits {
  private CaseEdits() {}

  /**
   * Records the answer to a complaint.
   *
   * @return the subject to check on save, {@code complaints/<id>}
   * @throws QmsException with {@link QmsErrorCode#ROW_REFERENCE_UNKNOWN} if there is no such complaint
   */
  public static String answerComplaint(Connection c, String id, LocalDate answered) {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE complaints SET answered_on = ? WHERE id = ? AND answered_on IS NULL")) {
      ps.setObject(1, Date.valueOf(answered));
      ps.setString(2, id);
      if (ps.executeUpdate() != 1) {
        throw new QmsException(QmsErrorCode.ROW_REFERENCE_UNKNOWN, "no unanswered complaint " + id);
      }
    } catch (SQLException e) {
      throw Row.failure("cannot answer complaint " + id, e);
    }
    return "complaints/" + id;
  }
}
