package se.qms.examples;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code qms}. */
interface Command {
  /** The word that selects the command, e.g. {@code processes}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** The usage text shown by {@code qms <command> --help}. */
  String usage();

  /**
   * Runs the command.
   *
   * @return the exit code
   */
  int run(List<String> words, PrintStream out);
}
