package se.qms.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * The {@code qms} command line.
 *
 * <p>{@code java -jar qms.jar <command> [options]}; {@code qms --help} lists the commands and
 * {@code qms <command> --help} describes one. Exit codes: {@value #EXIT_OK} success, {@value
 * #EXIT_FINDINGS} the checked subject has findings or failed, {@value #EXIT_USAGE} usage or input
 * error, {@value #EXIT_INTERNAL} internal error. Errors are one line on standard error, never a
 * stack trace.
 */
public final class Qms {
  /** Success. */
  public static final int EXIT_OK = 0;
  /** The checked subject has findings or failed. */
  public static final int EXIT_FINDINGS = 1;
  /** Wrong arguments or invalid input. */
  public static final int EXIT_USAGE = 2;
  /** A defect of qms itself. */
  public static final int EXIT_INTERNAL = 3;

  private static final String VERSION = "0.1.0-SNAPSHOT";

  private final Map<String, Command> commands = new LinkedHashMap<>();

  private Qms() {
    for (Command c :
        List.of(
            new ProcessesCommand(),
            new MeasuresCommand(),
            new ResponsibilitiesCommand(),
            new ValidateCommand(),
            new CheckCommand(),
            new ReportCommand(),
            new KoladaCommand(),
            new DemoVendorCommand(),
            new SamplesCommand(),
            new GenerateCommand())) {
      commands.put(c.name(), c);
    }
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(args), out, err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the words after {@code qms}
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return new Qms().dispatch(args, out, err);
  }

  private int dispatch(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(help());
      return EXIT_USAGE;
    }
    String first = args.get(0);
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      out.println(help());
      return EXIT_OK;
    }
    if (first.equals("--version")) {
      out.println("qms " + VERSION);
      return EXIT_OK;
    }
    Command command = commands.get(first);
    if (command == null) {
      err.println("qms: " + QmsErrorCode.CLI_USAGE.id() + ": unknown command " + first);
      err.println("Run 'qms --help' for the list of commands.");
      return EXIT_USAGE;
    }
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(command.usage());
      return EXIT_OK;
    }
    try {
      return command.run(rest, out);
    } catch (QmsException e) {
      err.println("qms " + command.name() + ": " + e.getMessage());
      if (e.code() == QmsErrorCode.CLI_USAGE) {
        err.println("Usage: " + command.usage().lines().findFirst().orElse(""));
      }
      return EXIT_USAGE;
    } catch (RuntimeException e) {
      err.println(
          "qms "
              + command.name()
              + ": internal error ("
              + e.getClass().getSimpleName()
              + "); please report it with the command you ran");
      return EXIT_INTERNAL;
    }
  }

  private String help() {
    StringBuilder s = new StringBuilder();
    s.append("qms ").append(VERSION).append(" – systematic quality work (SOSFS 2011:9)\n\n");
    s.append("Usage: qms <command> [options]    qms <command> --help\n\nCommands:\n");
    commands.values().forEach(c -> s.append(String.format("  %-18s %s%n", c.name(), c.summary())));
    s.append("\nExit codes: 0 ok, 1 findings or failure of the checked subject,")
        .append(" 2 usage or input error, 3 internal error.");
    return s.toString();
  }
}
