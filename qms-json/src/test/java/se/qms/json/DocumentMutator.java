package se.qms.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damages valid documents the way hostile or broken producers do: deletes, duplicates, retypes,
 * edits, swaps, grafts, nests and inflates nodes of the tree, repeats a property within one object,
 * and truncates or overwrites bytes of the text. One {@code long} decides every choice, so a
 * mutant is reproduced from its seed document and that number alone.
 */
final class DocumentMutator {
  /** Which reader a document is for. */
  enum Kind {
    QUALITY_SYSTEM,
    RULE_SET,
    KOLADA
  }

  /** A valid document to mutate. */
  record Seed(String name, Kind kind, JsonNode tree) {
    static Seed of(String name, Kind kind, byte[] document) {
      return new Seed(name, kind, MAPPER.readTree(document));
    }

    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /** A damaged document and the steps that damaged it. */
  record Mutant(Seed seed, long random, List<String> steps, byte[] bytes) {
    @Override
    public String toString() {
      return seed + " mutated with " + random + ": " + steps;
    }
  }

  /** The kinds of damage. */
  enum Op {
    DELETE,
    DUPLICATE,
    DUPLICATE_PROPERTY,
    RETYPE,
    EDIT,
    SWAP,
    GRAFT,
    NEST,
    INFLATE,
    TRUNCATE,
    OVERWRITE_BYTE
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Values of every JSON type and of shapes readers trip over. */
  private static final List<JsonNode> VALUES =
      List.of(
          F.nullNode(),
          F.booleanNode(true),
          F.booleanNode(false),
          F.numberNode(0),
          F.numberNode(-1),
          F.numberNode(Integer.MAX_VALUE),
          F.numberNode(Long.MIN_VALUE),
          F.numberNode(new BigInteger("123456789012345678901234567890")),
          F.numberNode(new BigDecimal("1e999")),
          F.numberNode(new BigDecimal("-1e-999")),
          F.numberNode(new BigDecimal("2147483648")),
          F.numberNode(0.5),
          F.numberNode(-0.0),
          F.numberNode(1e308),
          F.stringNode(""),
          F.stringNode(" "),
          F.stringNode("x"),
          F.stringNode("2016"),
          F.stringNode("2016-02-30"),
          F.stringNode("2016-T5"),
          F.stringNode("0.0"),
          F.stringNode("1..2"),
          F.stringNode("NaN"),
          F.stringNode("GREEN"),
          F.stringNode("qms-rule-set"),
          F.stringNode("qms-quality-system"),
          F.stringNode("19121212-1212"),
          F.stringNode("\u0000\ud83d\ude00\u202e"),
          F.stringNode("java.lang.Runtime"),
          F.objectNode(),
          F.arrayNode(),
          F.arrayNode().add(F.arrayNode().add(F.arrayNode())),
          F.objectNode().put("@class", "java.net.URL").put("id", "x"));

  private DocumentMutator() {}

  /** The mutant {@code random} makes of {@code seed}: one to four steps of damage. */
  static Mutant mutate(Seed seed, long random) {
    Random r = new Random(random);
    JsonNode tree = seed.tree().deepCopy();
    List<String> steps = new ArrayList<>();
    int count = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0);
    Duplicate duplicate = null;
    Op bytes = null;
    for (int i = 0; i < count; i++) {
      Op op = Op.values()[r.nextInt(Op.values().length)];
      if (op == Op.TRUNCATE || op == Op.OVERWRITE_BYTE) {
        bytes = op;
        continue;
      }
      List<Location> locations = locations(tree);
      if (locations.isEmpty()) {
        bytes = Op.TRUNCATE;
        continue;
      }
      Location at = locations.get(r.nextInt(locations.size()));
      if (op == Op.DUPLICATE_PROPERTY) {
        List<Location> properties = locations.stream().filter(l -> l.name != null).toList();
        if (!properties.isEmpty()) {
          Location p = properties.get(r.nextInt(properties.size()));
          duplicate = new Duplicate((ObjectNode) p.parent, p.name, r.nextBoolean() ? p.value() : pick(r));
          steps.add("DUPLICATE_PROPERTY " + p);
        }
        continue;
      }
      steps.add(op + " " + at);
      apply(op, at, tree, locations, r);
    }
    String text = write(tree, duplicate);
    byte[] out = text.getBytes(StandardCharsets.UTF_8);
    if (bytes == Op.TRUNCATE && out.length > 0) {
      int end = r.nextInt(out.length);
      steps.add("TRUNCATE at byte " + end);
      out = java.util.Arrays.copyOf(out, end);
    } else if (bytes == Op.OVERWRITE_BYTE && out.length > 0) {
      int i = r.nextInt(out.length);
      byte[] alphabet = "{}[]\",:0-9.eE+ ntfu\\\u00c3".getBytes(StandardCharsets.ISO_8859_1);
      out[i] = r.nextInt(8) == 0 ? (byte) r.nextInt(256) : alphabet[r.nextInt(alphabet.length)];
      steps.add("OVERWRITE_BYTE at " + i);
    }
    return new Mutant(seed, random, steps, out);
  }

  /** A property of an object, or an element of an array, and its value. */
  private static final class Location {
    final JsonNode parent;
    final String name;
    final int index;
    final Location up;

    Location(JsonNode parent, String name, int index, Location up) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.up = up;
    }

    JsonNode value() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    void set(JsonNode v) {
      if (name != null) {
        ((ObjectNode) parent).set(name, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    @Override
    public String toString() {
      return (up == null ? "" : up.toString()) + "/" + (name != null ? Errors.escape(name) : index);
    }
  }

  private record Duplicate(ObjectNode object, String name, JsonNode second) {}

  private static List<Location> locations(JsonNode root) {
    List<Location> out = new ArrayList<>();
    collect(root, null, out);
    return out;
  }

  private static void collect(JsonNode node, Location at, List<Location> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Location l = new Location(node, e.getKey(), -1, at);
        out.add(l);
        collect(e.getValue(), l, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Location l = new Location(node, null, i, at);
        out.add(l);
        collect(node.get(i), l, out);
      }
    }
  }

  private static JsonNode pick(Random r) {
    return VALUES.get(r.nextInt(VALUES.size())).deepCopy();
  }

  private static void apply(Op op, Location at, JsonNode root, List<Location> all, Random r) {
    JsonNode value = at.value();
    switch (op) {
      case DELETE -> {
        if (at.name != null) {
          ((ObjectNode) at.parent).remove(at.name);
        } else {
          ((ArrayNode) at.parent).remove(at.index);
        }
      }
      case DUPLICATE -> {
        if (at.name == null) {
          ((ArrayNode) at.parent).insert(at.index, value.deepCopy());
        } else {
          at.set(F.arrayNode().add(value.deepCopy()).add(value.deepCopy()));
        }
      }
      case RETYPE -> at.set(pick(r));
      case EDIT -> at.set(edit(value, r));
      case SWAP -> {
        Location other = all.get(r.nextInt(all.size()));
        if (!isAncestor(value, other.parent) && !isAncestor(other.value(), at.parent)) {
          JsonNode b = other.value();
          at.set(b);
          other.set(value);
        }
      }
      case GRAFT -> {
        JsonNode other = all.get(r.nextInt(all.size())).value().deepCopy();
        at.set(other);
      }
      case NEST -> {
        int levels = 1 + r.nextInt(r.nextBoolean() ? 4 : 48);
        JsonNode v = value;
        for (int i = 0; i < levels; i++) {
          v = r.nextBoolean() ? F.arrayNode().add(v) : F.objectNode().set("n", v);
        }
        at.set(v);
      }
      case INFLATE -> {
        if (value.isArray() && !value.isEmpty()) {
          ArrayNode a = (ArrayNode) value;
          int size = a.size();
          // at most some thousands of elements more: enough to repeat every id, cheap to read
          int times = Math.min(1 + r.nextInt(r.nextBoolean() ? 4 : 64), Math.max(1, 4_000 / size));
          for (int t = 0; t < times; t++) {
            for (int i = 0; i < size; i++) {
              a.add(a.get(i).deepCopy());
            }
          }
        } else if (value.isString()) {
          at.set(F.stringNode(value.stringValue().repeat(2 + r.nextInt(r.nextBoolean() ? 4 : 2000))));
        } else if (at.name == null) {
          ArrayNode parent = (ArrayNode) at.parent;
          int times = 1 + r.nextInt(200);
          for (int t = 0; t < times; t++) {
            parent.insert(at.index, value.deepCopy());
          }
        } else {
          at.set(F.arrayNode().addAll(java.util.Collections.nCopies(2 + r.nextInt(50), value)));
        }
      }
      default -> throw new IllegalStateException(op.toString());
    }
  }

  private static boolean isAncestor(JsonNode candidate, JsonNode node) {
    if (candidate == node) {
      return true;
    }
    if (candidate.isContainer()) {
      for (JsonNode child : candidate.values()) {
        if (isAncestor(child, node)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A small change to a scalar: a character more, less or different; a number moved a little. */
  private static JsonNode edit(JsonNode v, Random r) {
    if (v.isString()) {
      String s = v.stringValue();
      StringBuilder b = new StringBuilder(s);
      int i = s.isEmpty() ? 0 : r.nextInt(s.length());
      switch (r.nextInt(7)) {
        case 0 -> {
          if (!s.isEmpty()) {
            b.deleteCharAt(i);
          }
        }
        case 1 -> b.insert(i, s.isEmpty() ? 'x' : s.charAt(i));
        case 2 -> {
          if (!s.isEmpty()) {
            b.setCharAt(i, "0123456789-.:TQHMabcXYZ åäö/".charAt(r.nextInt(28)));
          }
        }
        case 3 -> {
          return F.stringNode(s.toLowerCase(java.util.Locale.ROOT));
        }
        case 4 -> {
          return F.stringNode(" " + s);
        }
        case 5 -> {
          return F.stringNode(s + "\n");
        }
        default -> {
          return F.stringNode(s.toUpperCase(java.util.Locale.ROOT));
        }
      }
      return F.stringNode(b.toString());
    }
    if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      return switch (r.nextInt(7)) {
        case 0 -> F.numberNode(d.add(BigDecimal.ONE));
        case 1 -> F.numberNode(d.subtract(BigDecimal.ONE));
        case 2 -> F.numberNode(d.negate());
        case 3 -> F.numberNode(d.multiply(BigDecimal.TEN.pow(1 + r.nextInt(12))));
        case 4 -> F.numberNode(d.add(new BigDecimal("0.5")));
        case 5 -> F.numberNode(0);
        default -> F.stringNode(d.toPlainString());
      };
    }
    if (v.isBoolean()) {
      return F.booleanNode(!v.booleanValue());
    }
    if (v.isContainer() && !v.isEmpty()) {
      JsonNode copy = v.deepCopy();
      if (copy.isArray()) {
        ((ArrayNode) copy).remove(r.nextInt(copy.size()));
      } else {
        List<String> names = new ArrayList<>(copy.propertyNames());
        ((ObjectNode) copy).remove(names.get(r.nextInt(names.size())));
      }
      return copy;
    }
    return pick(r);
  }

  /** Writes the tree as JSON text, repeating one property when asked to. */
  static String write(JsonNode tree, Object duplicate) {
    StringBuilder out = new StringBuilder();
    write(tree, (Duplicate) duplicate, out);
    return out.toString();
  }

  private static void write(JsonNode n, Duplicate duplicate, StringBuilder out) {
    if (n.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(F.stringNode(e.getKey())).append(':');
        write(e.getValue(), duplicate, out);
        if (duplicate != null && duplicate.object == n && duplicate.name.equals(e.getKey())) {
          out.append(',').append(F.stringNode(e.getKey())).append(':');
          write(duplicate.second, null, out);
        }
      }
      out.append('}');
    } else if (n.isArray()) {
      out.append('[');
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(n.get(i), duplicate, out);
      }
      out.append(']');
    } else {
      out.append(n);
    }
  }
}
