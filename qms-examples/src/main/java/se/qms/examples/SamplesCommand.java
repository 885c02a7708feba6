package se.qms.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import se.qms.examples.samples.Sample;

/** {@code qms samples}: lists the bundled sample municipalities and what each holds. */
final class SamplesCommand implements Command {
  @Override
  public String name() {
    return "samples";
  }

  @Override
  public String summary() {
    return "list the bundled sample municipalities";
  }

  @Override
  public String usage() {
    return "qms samples";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments.parse(words, Set.of()).expectNoPositionals();
    for (String name : Sample.names()) {
      Sample s = Sample.load(name);
      out.printf(
          "%-20s %s (%d units, %d process nodes, %d duties, %d indicators)%n",
          name,
          s.title(),
          s.organisation().units().size(),
          s.processMap().size(),
          s.responsibilityMatrix().duties().size(),
          s.indicators().size());
    }
    return Qms.EXIT_OK;
  }
}
