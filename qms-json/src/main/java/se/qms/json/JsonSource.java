package se.qms.json;

import se.qms.core.QmsErrorCode;
import se.qms.json.internal.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses bytes into a JSON tree within the configured limits, turning parse failures into errors. */
final class JsonSource {
  private final JsonMapper mapper;
  private final ReadOptions options;

  JsonSource(ReadOptions options) {
    this.options = options;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(options.maxDocumentBytes())
                    .maxNestingDepth(options.maxDepth())
                    .maxStringLength(options.maxStringLength())
                    .maxNumberLength(options.maxNumberLength())
                    .maxNameLength(1_000)
                    .build())
            .build();
    // Repeated property names are detected where objects are built: by the tree (a map put) and by
    // MeasureStream (a bit per property). The parser's own detector would allocate a set per object.
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
  }

  JsonMapper mapper() {
    return mapper;
  }

  /** The document's tree, or a {@link QmsDocumentException} locating the first parse failure. */
  JsonNode parse(byte[] document) {
    if (document.length > options.maxDocumentBytes()) {
      throw fail(
          "",
          QmsErrorCode.JSON_DOCUMENT_TOO_LARGE,
          "document has " + document.length + " bytes, more than the limit of " + options.maxDocumentBytes());
    }
    JsonParser parser = mapper.createParser(document);
    try (parser) {
      JsonNode tree = mapper.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw fail("", QmsErrorCode.JSON_SYNTAX, "document is empty");
      }
      if (parser.nextToken() != null) {
        throw fail("", QmsErrorCode.JSON_SYNTAX, "content after the end of the document");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw fail(pointerOf(parser), Limits.code(e), firstLine(e.getOriginalMessage()));
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith(DUPLICATE)) {
        throw fail(pointerOf(parser), QmsErrorCode.DUPLICATE_ID, firstLine(message));
      }
      throw fail(
          pointerOf(parser), QmsErrorCode.JSON_SYNTAX, message == null ? "malformed JSON" : firstLine(message));
    }
  }

  /** How Jackson's tree deserializer begins the message for a repeated property name. */
  private static final String DUPLICATE = "Duplicate property";

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Where the parser stood when it failed. */
  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static QmsDocumentException fail(String pointer, QmsErrorCode code, String message) {
    Errors errors = new Errors();
    errors.add(pointer, code, message, null);
    return new QmsDocumentException(errors.list());
  }

  /** A quality-system document read in one pass: its measure arrays as model, the rest as tree. */
  static final class Streamed {
    final JsonNode rest;
    final MeasureStream measures;

    Streamed(JsonNode rest, MeasureStream measures) {
      this.rest = rest;
      this.measures = measures;
    }
  }

  /**
   * Parses a document, reading its {@code observations} and {@code references} arrays straight
   * into the model as they stream past and everything else into a tree.
   */
  Streamed parseStreaming(byte[] document) {
    if (document.length > options.maxDocumentBytes()) {
      return new Streamed(parse(document), null);
    }
    JsonParser parser = mapper.createParser(document);
    try (parser) {
      tools.jackson.core.JsonToken first = parser.nextToken();
      if (first != tools.jackson.core.JsonToken.START_OBJECT) {
        return new Streamed(parse(document), null);
      }
      tools.jackson.databind.node.ObjectNode rest = mapper.createObjectNode();
      MeasureStream measures = new MeasureStream(options.isLenient(), options.beans());
      while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        tools.jackson.core.JsonToken value = parser.nextToken();
        if (rest.has(name)
            || (name.equals("observations") && measures.hasObservations)
            || (name.equals("references") && measures.hasReferences)) {
          throw fail("/" + Errors.escape(name), QmsErrorCode.DUPLICATE_ID, "Duplicate property \"" + name + "\"");
        }
        if (value == tools.jackson.core.JsonToken.START_ARRAY && name.equals("observations")) {
          measures.readObservations(parser);
        } else if (value == tools.jackson.core.JsonToken.START_ARRAY && name.equals("references")) {
          measures.readReferences(parser);
        } else {
          rest.set(name, (JsonNode) parser.readValueAsTree());
        }
      }
      if (parser.nextToken() != null) {
        throw fail("", QmsErrorCode.JSON_SYNTAX, "content after the end of the document");
      }
      return new Streamed(rest, measures);
    } catch (StreamConstraintsException e) {
      throw fail(pointerOf(parser), Limits.code(e), firstLine(e.getOriginalMessage()));
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith(DUPLICATE)) {
        throw fail(pointerOf(parser), QmsErrorCode.DUPLICATE_ID, firstLine(message));
      }
      throw fail(
          pointerOf(parser), QmsErrorCode.JSON_SYNTAX, message == null ? "malformed JSON" : firstLine(message));
    }
  }

  /** Checks the {@code format} and {@code formatVersion} properties; false when unsupported. */
  static boolean checkFormat(Node root, String format, int version) {
    if (!root.has("format") || !format.equals(root.string("format"))) {
      root.errors()
          .add(
              root.pointer("format"),
              QmsErrorCode.JSON_FORMAT_UNSUPPORTED,
              "format must be \"" + format + "\"",
              root.has("format") ? String.valueOf(root.string("format")) : null);
      return false;
    }
    Integer v = root.integer("formatVersion");
    if (v == null || v != version) {
      root.errors()
          .add(
              root.pointer("formatVersion"),
              QmsErrorCode.JSON_FORMAT_UNSUPPORTED,
              "formatVersion must be " + version,
              v == null ? null : v.toString());
      return false;
    }
    return true;
  }

}
