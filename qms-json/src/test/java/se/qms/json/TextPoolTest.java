package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text pool returns the text asked for, the same instance for equal texts while it pools. */
class TextPoolTest {
  private static String read(TextPool pool, String text) {
    char[] buffer = ("__" + text + "__").toCharArray();
    return pool.text(buffer, 2, text.length());
  }

  @Test
  void equalTexts_shareOneInstance() {
    TextPool pool = new TextPool();
    String a = read(pool, "U7-123");
    assertSame(a, read(pool, "U7-123"));
    assertEquals("U7-124", read(pool, "U7-124"));
  }

  @Test
  void aLane_returnsItsLastText_whenTheCharactersMatch_andOtherwiseThePooledOne() {
    TextPool pool = new TextPool();
    TextPool.Lane lane = new TextPool.Lane();
    String first = pool.text("__U7-123".toCharArray(), 2, 6, lane);
    assertEquals("U7-123", first);
    assertSame(first, pool.text("U7-123__".toCharArray(), 0, 6, lane));
    String other = pool.text("U7-124".toCharArray(), 0, 6, lane);
    assertEquals("U7-124", other);
    assertSame(other, read(pool, "U7-124"));
    assertSame(first, pool.text("U7-123".toCharArray(), 0, 6, lane));
    String longText = "z".repeat(TextPool.MAX_LENGTH + 1);
    String unpooled = pool.text(longText.toCharArray(), 0, longText.length(), lane);
    assertEquals(longText, unpooled);
    assertSame(unpooled, pool.text(longText.toCharArray(), 0, longText.length(), lane));
  }

  @Test
  void textsGivenAsStrings_andAsCharacters_shareOneInstance() {
    TextPool pool = new TextPool();
    String given = new String("Liknande kommuner");
    assertSame(given, pool.text(given));
    assertSame(given, read(pool, "Liknande kommuner"));
    for (int i = 0; i < 1_000; i++) {
      read(pool, "U" + i); // the table grows several times
    }
    assertSame(given, read(pool, "Liknande kommuner"));
    assertSame(read(pool, "U7"), pool.text("U7"));
  }

  @Test
  void aStringAskedForTwice_isOneInstance() {
    TextPool pool = new TextPool();
    String a = pool.text(new String("sn"));
    assertSame(a, pool.text(new String("sn")));
    assertSame(a, read(pool, "sn"));
    String longText = "y".repeat(TextPool.MAX_LENGTH + 1);
    assertSame(longText, pool.text(longText));
  }

  @Test
  void textsLongerThanTheLimit_areNotPooled() {
    TextPool pool = new TextPool();
    String text = "x".repeat(TextPool.MAX_LENGTH + 1);
    String a = read(pool, text);
    assertEquals(text, a);
    assertNotSame(a, read(pool, text));
  }

  /** "Aa" and "BB" share a hash code, and so do all their concatenations: a crafted collision. */
  @Test
  void textsWithOneHashCode_areStillReadCorrectly() {
    List<String> colliding = new ArrayList<>(List.of(""));
    for (int round = 0; round < 7; round++) {
      List<String> next = new ArrayList<>();
      for (String s : colliding) {
        next.add(s + "Aa");
        next.add(s + "BB");
      }
      colliding = next;
    }
    TextPool pool = new TextPool();
    for (int pass = 0; pass < 2; pass++) {
      for (String s : colliding) {
        assertEquals(s, read(pool, s));
      }
    }
  }

  @Test
  void manyDistinctTexts_pastTheSizeLimit_areReadCorrectly() {
    TextPool pool = new TextPool();
    for (int i = 0; i < TextPool.MAX_SIZE + 1000; i++) {
      assertEquals("id-" + i, read(pool, "id-" + i));
    }
    assertEquals("id-7", read(pool, "id-7"));
  }

  @Test
  void anyText_readsAsItself() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 30)).ofSizeBetween(1, 60))
        .check(
            texts -> {
              TextPool pool = new TextPool();
              for (String t : texts) {
                if (!read(pool, t).equals(t)) {
                  return false;
                }
              }
              for (String t : texts) {
                if (!read(pool, t).equals(t)) {
                  return false;
                }
              }
              return true;
            });
  }
}
