package se.qms.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.examples.generate.NationalDataSet;
import se.qms.json.QmsJson;

/**
 * {@code qms generate}: writes the synthetic national data set ({@link NationalDataSet}) as
 * documents, one quality system per municipality ({@code municipality-0000.json}, …) and the rule
 * set it is meant for ({@code rule-set.json}), each written atomically. The same seed and size give
 * byte-identical files.
 */
final class GenerateCommand implements Command {
  private static final int MAX_MUNICIPALITIES = 4 * NationalDataSet.MUNICIPALITIES;

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "write the synthetic national data set as JSON documents";
  }

  @Override
  public String usage() {
    return "qms generate --out <dir> [--municipalities N | --scale 1|2|4] [--seed S]\n\n"
        + "Writes one quality-system document per municipality (municipality-0000.json, ...) and\n"
        + "rule-set.json into <dir>, creating it if needed; each file is written atomically.\n"
        + "--municipalities N  1 to " + MAX_MUNICIPALITIES + " (default 290, Sweden's municipalities)\n"
        + "--scale K           K times 290, K in 1, 2, 4\n"
        + "--seed S            a whole number (default 2019); the same seed gives the same bytes";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments arguments = Arguments.parse(words, Set.of("out", "municipalities", "scale", "seed"));
    arguments.expectNoPositionals();
    Path dir = Path.of(arguments.option("out").orElseThrow(() -> Arguments.usage("--out <dir> is required")));
    if (arguments.option("municipalities").isPresent() && arguments.option("scale").isPresent()) {
      throw Arguments.usage("give --municipalities or --scale, not both");
    }
    int municipalities =
        arguments.option("scale").isPresent()
            ? Integer.parseInt(arguments.choice("scale", "1", Set.of("1", "2", "4"))) * NationalDataSet.MUNICIPALITIES
            : number(arguments.option("municipalities").orElse("290"), "--municipalities", 1, MAX_MUNICIPALITIES);
    long seed = seed(arguments.option("seed").orElse("2019"));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot create " + dir + ": " + e.getMessage());
    }
    QmsJson json = QmsJson.strict();
    KoladaCommand.writeAtomically(dir.resolve("rule-set.json"), json.write(NationalDataSet.ruleSet()));
    long records = 0;
    long bytes = 0;
    NationalDataSet dataSet = NationalDataSet.seeded(seed);
    for (int i = 0; i < municipalities; i++) {
      QualitySystem system = dataSet.municipality(i); // one at a time: 4 × 290 would not fit the heap at once
      byte[] document = json.writeExport(system); // written for others to read: never a flagged case's text
      KoladaCommand.writeAtomically(dir.resolve(String.format("municipality-%04d.json", i)), document);
      records += NationalDataSet.records(system);
      bytes += document.length;
    }
    out.printf(
        "%s: %d municipalities, %d records, %.1f MB, seed %d, and rule-set.json%n",
        dir, municipalities, records, bytes / 1e6, seed);
    return Qms.EXIT_OK;
  }

  private static int number(String text, String option, int min, int max) {
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Arguments.usage(option + " must be a whole number from " + min + " to " + max + ", was " + text);
  }

  private static long seed(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Arguments.usage("--seed must be a whole number, was " + text);
    }
  }
}
