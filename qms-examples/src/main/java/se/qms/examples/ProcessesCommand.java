package se.qms.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import se.qms.core.process.ProcessIndexSummary;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.examples.samples.Sample;

/** {@code qms processes}: prints a sample's process map with ProcessIndex levels and averages. */
final class ProcessesCommand implements Command {
  private static final String NONE = "—";

  @Override
  public String name() {
    return "processes";
  }

  @Override
  public String summary() {
    return "print a sample's process map with SIQ ProcessIndex levels, targets and averages";
  }

  @Override
  public String usage() {
    return "qms processes [--sample NAME] [--as-of YYYY-MM-DD] [--lang sv|en]\n"
        + "  --sample  a bundled sample with a process map (default "
        + Sample.ORNSKOLDSVIK_2016
        + ")\n"
        + "  --as-of   the date levels and targets are read at (default: the sample's report date)\n"
        + "  --lang    output language (default sv)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("sample", "as-of", "lang"));
    args.expectNoPositionals();
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Sample sample = Sample.load(args.option("sample").orElse(Sample.ORNSKOLDSVIK_2016));
    LocalDate asOf = args.option("as-of").map(ProcessesCommand::date).orElse(sample.reportDate());
    ProcessMap map = sample.processMap();
    if (map.size() == 0) {
      throw Arguments.usage("sample " + sample.name() + " has no process map");
    }
    out.println(sample.title());
    out.println(lang.pick("Processkarta per ", "Process map as of ") + asOf);
    out.println();
    for (ProcessNode node : map.nodes()) {
      out.println(line(node, map, asOf, lang));
    }
    out.println();
    printSummary(map, asOf, lang, out);
    return Qms.EXIT_OK;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Arguments.usage("--as-of must be a date such as 2016-12-31, was " + text);
    }
  }

  private static String line(ProcessNode node, ProcessMap map, LocalDate asOf, Language lang) {
    int depth = node.number().depth() - map.categories().get(0).number().depth();
    StringBuilder s = new StringBuilder();
    s.append("  ".repeat(depth)).append(node.number()).append(' ').append(node.title());
    if (node.kind().isProcess()) {
      OptionalInt level = node.processIndexLevel(asOf);
      boolean hasTarget = node.processIndexTarget().isPresent();
      if (level.isPresent() || hasTarget) {
        s.append("  [ProcessIndex ")
            .append(level.isPresent() ? Integer.toString(level.getAsInt()) : NONE);
        node.processIndexProgress(asOf)
            .ifPresent(
                p ->
                    s.append(lang.pick(", mål ", ", target "))
                        .append(p.target().level())
                        .append(lang.pick(" senast ", " by "))
                        .append(p.target().targetDate())
                        .append(p.isOverdue() ? lang.pick(" – försenat", " – overdue") : ""));
        s.append(']');
      }
      if (node.description().isEmpty()) {
        s.append(lang.pick("  (beskrivning saknas)", "  (no description)"));
      }
    } else {
      ProcessIndexSummary summary = map.processIndexSummary(node.number(), asOf);
      s.append("  (").append(average(summary, lang)).append(')');
    }
    return s.toString();
  }

  private static String average(ProcessIndexSummary s, Language lang) {
    return lang.pick("ProcessIndex medel ", "ProcessIndex mean ")
        + (s.mean().isPresent() ? lang.oneDecimal(s.mean().getAsDouble()) : NONE)
        + ", "
        + s.assessedCount()
        + lang.pick(" av ", " of ")
        + s.processCount()
        + lang.pick(" processer bedömda", " processes assessed");
  }

  private static void printSummary(ProcessMap map, LocalDate asOf, Language lang, PrintStream out) {
    out.println(lang.pick("Sammanfattning", "Summary"));
    out.printf(
        "%-22s %8s %10s %12s %11s %10s %8s  %s%n",
        lang.pick("Kategori", "Category"),
        lang.pick("Områden", "Areas"),
        lang.pick("Processer", "Processes"),
        lang.pick("Utan beskr.", "No descr."),
        lang.pick("Utan ägare", "No owner"),
        lang.pick("Med mål", "Targeted"),
        lang.pick("Bedömda", "Assessed"),
        lang.pick("ProcessIndex medel", "ProcessIndex mean"));
    for (ProcessNode category : map.categories()) {
      List<ProcessNode> subtree = map.subtree(category.number());
      ProcessIndexSummary s = map.processIndexSummary(category.number(), asOf);
      out.printf(
          "%-22s %8d %10d %12d %11d %10d %8d  %s%n",
          category.category().map(c -> lang.pick(c.swedish(), c.english())).orElse(category.title()),
          count(subtree, n -> n.kind() == ProcessNodeKind.AREA),
          count(subtree, n -> n.kind().isProcess()),
          count(subtree, n -> n.kind().isProcess() && n.description().isEmpty()),
          count(subtree, n -> n.kind().isProcess() && n.owner().isEmpty()),
          count(subtree, n -> n.processIndexTarget().isPresent()),
          s.assessedCount(),
          s.mean().isPresent() ? lang.oneDecimal(s.mean().getAsDouble()) : NONE);
    }
    out.println();
    out.println(
        lang.pick(
            "ProcessIndex-medel räknar bara bedömda processer; " + NONE + " = ingen bedömning finns.",
            "ProcessIndex means count assessed processes only; " + NONE + " = no assessment exists."));
  }

  private static long count(List<ProcessNode> nodes, java.util.function.Predicate<ProcessNode> p) {
    return nodes.stream().filter(p).count();
  }
}
