package se.qms.json.kolada;

import java.util.Optional;
import se.qms.core.QmsErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one response into a JSON tree under hard limits, so hostile input is rejected while it is
 * read: nesting depth {@value #MAX_DEPTH}, strings {@value #MAX_STRING_LENGTH} characters, numbers
 * {@value #MAX_NUMBER_LENGTH} characters, property names {@value #MAX_NAME_LENGTH} characters, the
 * document {@link KoladaConfig#maxDocumentLength()}. Duplicate property names and trailing content
 * are errors. Immutable and thread-safe.
 */
final class KoladaJson {
  /** A v2 envelope nests five deep (envelope, values, data object, values, gender value). */
  static final int MAX_DEPTH = 16;

  static final int MAX_STRING_LENGTH = 10_000;
  static final int MAX_NUMBER_LENGTH = 64;
  static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_MESSAGE = 200;

  private final JsonMapper mapper;

  KoladaJson(long maxDocumentLength) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper = JsonMapper.builder(factory).build();
  }

  /** The tree of {@code json}, or empty with the error added to {@code problems}. */
  Optional<JsonNode> parse(String json, Problems problems) {
    try {
      return parse(mapper.createParser(json), problems);
    } catch (JacksonException e) {
      return unreadable(e, problems);
    }
  }

  /** The tree of {@code json} (UTF-8, UTF-16 or UTF-32), or empty with the error added. */
  Optional<JsonNode> parse(byte[] json, Problems problems) {
    try {
      return parse(mapper.createParser(json), problems);
    } catch (JacksonException e) {
      return unreadable(e, problems);
    }
  }

  private static Optional<JsonNode> unreadable(JacksonException e, Problems problems) {
    failed(e, "", problems);
    return Optional.empty();
  }

  private Optional<JsonNode> parse(JsonParser parser, Problems problems) {
    try (parser) {
      try {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
          problems.error(
              "", QmsErrorCode.JSON_SYNTAX, "svaret är tomt", "the response is empty", null);
          return Optional.empty();
        }
        return Optional.of(root);
      } catch (JacksonException e) {
        failed(e, parser.streamReadContext().pathAsPointer().toString(), problems);
      }
      return Optional.empty();
    }
  }

  /** A limit exceeded (also when creating the parser, for text input) or malformed JSON. */
  private static void failed(JacksonException e, String pointer, Problems problems) {
    if (e instanceof StreamConstraintsException) {
      problems.error(
          pointer,
          se.qms.json.internal.Limits.code((StreamConstraintsException) e),
          "svaret överskrider en gräns för storlek, djup, text- eller tallängd",
          "the response exceeds a limit: " + message(e),
          null);
    } else {
      problems.error(
          pointer,
          QmsErrorCode.JSON_SYNTAX,
          "svaret är inte välformad JSON",
          "the response is not well-formed JSON: " + message(e),
          null);
    }
  }

  private static String message(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage()).replace('\n', ' ');
    return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
  }
}
