package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoVendorCommandTest {
  private static String[] run(String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Qms.run(
            List.of(words),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void demo_runsTwoNightsOnASaveAndShowsBothViews() {
    String[] r = run("demo-vendor", "--lang", "en");
    assertEquals("0", r[0], r[2]);
    String out = r[1];
    assertTrue(out.contains("Nightly run 1 as of 2025-01-15"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("Nightly run 2") && l.endsWith("; 0 rows changed")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("Saved: complaints/") && l.contains(" 1 closed, ") && l.endsWith("; 1 rows changed")), out);
    assertTrue(out.contains("Case worker: open findings per unit"), out);
    assertTrue(out.contains("Quality officer: decisions not carried out 2024-Q4, to report by 2025-01-31"), out);
  }

  @Test
  void sameSeed_printsTheSame_inSwedishByDefault() {
    String[] a = run("demo-vendor", "--seed", "7");
    String[] b = run("demo-vendor", "--seed", "7");
    assertEquals("0", a[0], a[2]);
    assertEquals(a[1], b[1]);
    assertTrue(a[1].contains("Handläggare: öppna iakttagelser per enhet"), a[1]);
  }

  @Test
  void badSeed_isAUsageError() {
    String[] r = run("demo-vendor", "--seed", "x");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("QMS-9001"), r[2]);
  }
}
