package se.qms.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.json.DocumentError;
import se.qms.json.QmsJson;
import se.qms.json.ReadOptions;

/** {@code qms validate}: checks a quality-system or rule-set document. */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check a quality-system or rule-set JSON document; exit 2 with every error otherwise";
  }

  @Override
  public String usage() {
    return "qms validate <file> [--format text|json] [--lenient true] [--lang sv|en]\n"
        + "  --format   text (one line per error, default) or json\n"
        + "  --lenient  true ignores unknown properties (every other error still counts)\n"
        + "  --lang     language of the messages in text form (default sv)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("format", "lenient", "lang"));
    if (args.positionals().size() != 1) {
      throw Arguments.usage("give exactly one file to validate");
    }
    String format = args.choice("format", "text", Set.of("text", "json"));
    boolean lenient = Boolean.parseBoolean(args.choice("lenient", "false", Set.of("true", "false")));
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Path file = Path.of(args.positionals().get(0));
    byte[] document = read(file);
    ReadOptions options = lenient ? ReadOptions.strict().lenient() : ReadOptions.strict();
    List<DocumentError> errors = QmsJson.with(options).validate(document);
    if (format.equals("json")) {
      out.println(JsonErrors.toJson(file.toString(), errors));
    } else if (errors.isEmpty()) {
      out.println(file + ": " + lang.pick("giltigt dokument", "valid document"));
    } else {
      for (DocumentError e : errors) {
        out.println(
            file
                + ":"
                + (e.pointer().isEmpty() ? "" : e.pointer())
                + " "
                + e.code().id()
                + " "
                + lang.pick(e.messageSv(), e.messageEn()));
      }
    }
    return errors.isEmpty() ? Qms.EXIT_OK : Qms.EXIT_USAGE;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "no such file: " + file);
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The rule set of {@code --rules}, or the defaults named "Standard" without it. */
  static se.qms.core.compliance.RuleSet ruleSet(Arguments args, se.qms.json.QmsJson json) {
    return args.option("rules").isPresent()
        ? json.readRuleSet(read(Path.of(args.option("rules").get())))
        : se.qms.core.compliance.RuleSet.builder().name("Standard").build();
  }
}
