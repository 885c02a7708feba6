package se.qms.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/** A sub-command's arguments: {@code --name value} options and positional words. */
final class Arguments {
  private final Map<String, String> options;
  private final List<String> positionals;

  private Arguments(Map<String, String> options, List<String> positionals) {
    this.options = options;
    this.positionals = positionals;
  }

  /**
   * Parses the words after the sub-command's name.
   *
   * @param words the words; options take the next word as their value
   * @param allowed the option names the sub-command knows, without dashes
   * @throws QmsException with {@link QmsErrorCode#CLI_USAGE} for an unknown or repeated option or a
   *     missing value
   */
  static Arguments parse(List<String> words, Set<String> allowed) {
    Map<String, String> options = new HashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        positionals.add(word);
        continue;
      }
      String name = word.substring(2);
      if (!allowed.contains(name)) {
        throw usage("unknown option " + word + "; known: " + describe(allowed));
      }
      if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
        throw usage("option " + word + " needs a value");
      }
      if (options.putIfAbsent(name, words.get(++i)) != null) {
        throw usage("option " + word + " given twice");
      }
    }
    return new Arguments(Map.copyOf(options), List.copyOf(positionals));
  }

  private static String describe(Set<String> allowed) {
    if (allowed.isEmpty()) {
      return "none";
    }
    List<String> names = new ArrayList<>();
    allowed.forEach(a -> names.add("--" + a));
    names.sort(null);
    return String.join(", ", names);
  }

  static QmsException usage(String message) {
    return new QmsException(QmsErrorCode.CLI_USAGE, message);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The option's value, which must be one of {@code choices}. */
  String choice(String name, String fallback, Set<String> choices) {
    String value = option(name).orElse(fallback);
    if (!choices.contains(value)) {
      throw usage("--" + name + " must be one of " + choices + ", was " + value);
    }
    return value;
  }

  List<String> positionals() {
    return positionals;
  }

  void expectNoPositionals() {
    if (!positionals.isEmpty()) {
      throw usage("unexpected argument " + positionals.get(0));
    }
  }
}
