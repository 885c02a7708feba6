package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never overwrites one of its inputs: it stops with QMS-2400 and writes nothing. */
class OutputsNeverOverwriteInputsTest {
  @TempDir Path dir;

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void report_whoseJsonWouldReplaceTheInput_isRejected() throws IOException {
    Path input = Files.writeString(dir.resolve("kvalitetsberattelse-2019.json"), ReportCommandTest.SYSTEM);
    byte[] before = Files.readAllBytes(input);
    QmsTest.Run run = new QmsTest.Run("report", input.toString(), "--year", "2019", "--out", dir.toString());
    assertEquals(Qms.EXIT_USAGE, run.exit, run.err);
    assertTrue(run.err.contains("QMS-2400"), run.err);
    assertArrayEquals(before, Files.readAllBytes(input));
    assertEquals(List.of("kvalitetsberattelse-2019.json"), files(dir), "nothing else written");
  }

  @Test
  void report_whoseMarkdownWouldReplaceTheRuleSet_isRejected() throws IOException {
    Path input = Files.writeString(dir.resolve("qs.json"), ReportCommandTest.SYSTEM);
    Path rules = Files.writeString(dir.resolve("quality-report-2019-public.md"), "{}");
    QmsTest.Run run =
        new QmsTest.Run(
            "report", input.toString(), "--year", "2019", "--out", dir.toString(), "--rules", rules.toString(),
            "--lang", "en", "--public", "3");
    assertEquals(Qms.EXIT_USAGE, run.exit, run.err);
    assertTrue(run.err.contains("QMS-2400"), run.err);
    assertEquals("{}", Files.readString(rules));
    assertEquals(List.of("qs.json", "quality-report-2019-public.md"), files(dir));
  }

  @Test
  void report_throughALinkToTheInput_isRejected() throws IOException {
    Path input = Files.writeString(dir.resolve("qs.json"), ReportCommandTest.SYSTEM);
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("kvalitetsberattelse-2019.html"), input);
    QmsTest.Run run = new QmsTest.Run("report", input.toString(), "--year", "2019", "--out", out.toString());
    assertEquals(Qms.EXIT_USAGE, run.exit, run.err);
    assertTrue(run.err.contains("QMS-2400"), run.err);
    assertEquals(ReportCommandTest.SYSTEM, Files.readString(input, StandardCharsets.UTF_8));
  }

  @Test
  void koladaImport_outThroughAnotherPathToAnInput_isRejected() throws IOException {
    Path in = Files.writeString(dir.resolve("kolada.json"), "{\"values\":[],\"count\":0}");
    Path sub = Files.createDirectory(dir.resolve("sub"));
    QmsTest.Run run =
        new QmsTest.Run(
            "kolada", "import", in.toString(), "--municipality", "2380", "--out", sub.resolve("../kolada.json").toString());
    assertEquals(Qms.EXIT_USAGE, run.exit, run.err);
    assertTrue(run.err.contains("QMS-2400"), run.err);
    assertEquals("{\"values\":[],\"count\":0}", Files.readString(in));
  }
}
