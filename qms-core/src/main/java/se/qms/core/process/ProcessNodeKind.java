package se.qms.core.process;

/**
 * The levels of a process map, from the top down (seed 000 §2, seed 002 §5.1).
 *
 * <p>A node's children have a later kind; levels may be skipped, and a sub-process may contain
 * further sub-processes.
 */
public enum ProcessNodeKind {
  /** Ledningsprocesser, huvudprocesser or stödprocesser. */
  CATEGORY("Processkategori", "Process category"),
  /** A purpose group, e.g. "Med syfte att styra verksamheten". */
  PURPOSE_GROUP("Syfte", "Purpose group"),
  /** A process area (processområde). */
  AREA("Processområde", "Process area"),
  /** A process. */
  PROCESS("Process", "Process"),
  /** A sub-process (delprocess). */
  SUBPROCESS("Delprocess", "Sub-process");

  private final String swedish;
  private final String english;

  ProcessNodeKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** The English name. */
  public String english() {
    return english;
  }

  /** Whether a node of this kind may have a child of kind {@code child}. */
  public boolean mayContain(ProcessNodeKind child) {
    return child != CATEGORY
        && (child.ordinal() > ordinal() || (this == SUBPROCESS && child == SUBPROCESS));
  }

  /** Whether nodes of this kind are processes proper (process or sub-process). */
  public boolean isProcess() {
    return this == PROCESS || this == SUBPROCESS;
  }
}
