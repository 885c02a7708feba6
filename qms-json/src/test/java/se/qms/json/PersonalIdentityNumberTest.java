package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values shaped like personal identity numbers (personnummer and samordningsnummer: YYMMDD-NNNN,
 * YYYYMMDDNNNN, with + for people over a hundred, with and without a valid check digit), put into
 * every string of every document kind, alone and inside a sentence, never come back: not in an
 * exception's message, not in a document error's messages or rejected value, not in the {@code
 * toString()} of a model read.
 */
class PersonalIdentityNumberTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** 811218-9876 has a valid check digit; the others do not, or are samordningsnummer. */
  static final List<String> NUMBERS =
      List.of("811218-9876", "198112189876", "811218+9876", "8112189877", "19121212-1212", "121272-1219");

  private final QmsJson json = QmsJson.strict();

  /** Every place in the tree holding a string. */
  private static List<String> stringPointers(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        stringPointers(e.getValue(), at + "/" + Errors.escape(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        stringPointers(node.get(i), at + "/" + i, out);
      }
    } else if (node.isString()) {
      out.add(at);
    }
    return out;
  }

  private static byte[] withValue(byte[] base, String pointer, String value) {
    JsonNode root = MAPPER.readTree(base);
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).put(last, value);
    }
    return MAPPER.writeValueAsBytes(root);
  }

  private static String digits(String number) {
    return number.replaceAll("[^0-9]", "");
  }

  private static void assertAbsent(String text, String number, String where) {
    String compact = text.replaceAll("[-+]", "");
    assertFalse(compact.contains(digits(number).substring(digits(number).length() - 10)), where + ": " + text);
  }

  @Test
  void numbersInEveryString_neverComeBack() {
    List<String> accepted = new ArrayList<>();
    int rejected = 0;
    for (boolean ruleSet : new boolean[] {false, true}) {
      byte[] base = ruleSet ? MalformedCorpus.RS : MalformedCorpus.QS;
      for (String pointer : stringPointers(MAPPER.readTree(base), "", new ArrayList<>())) {
        for (String number : NUMBERS) {
          for (String value : List.of(number, "Samtal med brukare " + number + " om beslutet")) {
            byte[] doc = withValue(base, pointer, value);
            String where = (ruleSet ? "rule set " : "quality system ") + pointer + " = " + value;
            try {
              Object model = ruleSet ? json.readRuleSet(doc) : json.readQualitySystem(doc);
              assertAbsent(model.toString(), number, where + " (toString)");
              accepted.add(pointer);
            } catch (QmsDocumentException e) {
              rejected++;
              assertAbsent(e.getMessage(), number, where);
              for (DocumentError error : e.errors()) {
                assertAbsent(error.toString(), number, where);
                assertAbsent(error.messageSv(), number, where);
                assertAbsent(error.messageEn(), number, where);
                error.rejectedValue().ifPresent(v -> assertAbsent(v, number, where));
              }
            }
          }
        }
      }
    }
    assertTrue(rejected > 0);
  }

  @Test
  void aNumberInAFreeTextField_isRejectedWithItsCode() {
    byte[] doc = withValue(MalformedCorpus.QS, "/deviations/0/description", "Brukare 811218-9876 föll");
    QmsDocumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(doc));
    assertTrue(
        e.errors().stream().anyMatch(x -> x.code() == QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED),
        e.errors().toString());
  }
}
