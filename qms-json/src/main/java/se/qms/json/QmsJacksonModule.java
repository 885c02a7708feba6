package se.qms.json;

import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module for applications that bring their own {@code JsonMapper}: registers readers and
 * writers for {@link QualitySystem} and {@link RuleSet} in the qms document format, so they can be
 * properties of the application's own JSON.
 *
 * <p>Reading is as strict as {@link QmsJson#strict()}: a {@link QmsDocumentException} with every
 * error, its pointers starting at the value's place in the enclosing document, is thrown — wrapped
 * by Jackson in a {@code DatabindException} whose cause it is, unless the mapper disables {@code
 * DeserializationFeature.WRAP_EXCEPTIONS}. The size and
 * depth limits are those of the application's mapper. Writing gives the same properties in the
 * same order as {@link QmsJson}, in the mapper's own layout.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(QmsJacksonModule.create()).build();
 * QualitySystem system = mapper.readValue(bytes, QualitySystem.class);
 * }</pre>
 */
public final class QmsJacksonModule {
  private QmsJacksonModule() {}

  /** A new module; register it once per mapper. */
  public static SimpleModule create() {
    SimpleModule module = new SimpleModule("qms");
    module.addDeserializer(QualitySystem.class, new Reader<>(QualitySystemReader::read));
    module.addDeserializer(RuleSet.class, new Reader<>(RuleSetFormat::read));
    module.addSerializer(QualitySystem.class, new Writer<>(QualitySystemWriter::write));
    module.addSerializer(RuleSet.class, new Writer<>(RuleSetFormat::write));
    return module;
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final java.util.function.Function<Node, T> reader;

    Reader(java.util.function.Function<Node, T> reader) {
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String at = p.streamReadContext().pathAsPointer().toString();
      JsonNode tree = ctxt.readTree(p);
      return reader.apply(new Node(tree, at, new Errors(), false));
    }
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final java.util.function.BiConsumer<T, JsonGenerator> writer;

    Writer(java.util.function.BiConsumer<T, JsonGenerator> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      writer.accept(value, gen);
    }
  }
}
