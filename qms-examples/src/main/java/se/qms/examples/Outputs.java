package se.qms.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/** The files a command writes: never one of its inputs. */
final class Outputs {
  private Outputs() {}

  /**
   * Rejects an output path that names one of the inputs — the same path, or another path to the
   * same file (a link) — before anything is read or written.
   *
   * @throws QmsException with {@link QmsErrorCode#OUTPUT_OVERWRITES_INPUT}
   */
  static void requireNotAnInput(Path target, List<Path> inputs) {
    Path out = target.toAbsolutePath().normalize();
    for (Path in : inputs) {
      if (out.equals(in.toAbsolutePath().normalize()) || sameFile(out, in)) {
        throw new QmsException(
            QmsErrorCode.OUTPUT_OVERWRITES_INPUT,
            "the output " + target + " would overwrite the input " + in + "; choose another output path");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
