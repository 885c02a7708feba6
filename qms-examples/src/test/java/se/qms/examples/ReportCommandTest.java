package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code qms report}: the files it writes, the editions, and its usage errors. */
class ReportCommandTest {
  static final String SYSTEM =
      "{\"format\":\"qms-quality-system\",\"formatVersion\":1,\"name\":\"Testkommun <b>\","
          + "\"complaints\":[{\"id\":\"K1\",\"kind\":\"COMPLAINT\",\"received\":\"2019-03-01\"},"
          + "{\"id\":\"K2\",\"kind\":\"COMPLAINT\",\"received\":\"2019-04-01\"},"
          + "{\"id\":\"K3\",\"kind\":\"PRAISE\",\"received\":\"2019-05-01\"}]}";

  @TempDir Path dir;

  Path system() throws IOException {
    return Files.writeString(dir.resolve("qs.json"), SYSTEM, StandardCharsets.UTF_8);
  }

  List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void writesHtmlMarkdownAndJson_andSaysWhere() throws IOException {
    Path out = dir.resolve("rapport");
    QmsTest.Run run = new QmsTest.Run("report", system().toString(), "--year", "2019", "--out", out.toString());
    assertEquals(0, run.exit, run.err);
    assertEquals(
        List.of("kvalitetsberattelse-2019.html", "kvalitetsberattelse-2019.json", "kvalitetsberattelse-2019.md"),
        files(out));
    assertTrue(run.out.contains("skrev " + out.resolve("kvalitetsberattelse-2019.html").toAbsolutePath()), run.out);
    assertTrue(run.out.contains("14 avsnitt"), run.out);
    assertTrue(run.out.contains("0 inkonsekvenser"), run.out);
    String html = Files.readString(out.resolve("kvalitetsberattelse-2019.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("Testkommun &lt;b&gt;"));
    assertFalse(html.contains("Testkommun <b>"));
    String json = Files.readString(out.resolve("kvalitetsberattelse-2019.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"complaints/K1\""), json.substring(0, 200));
  }

  @Test
  void english_publicEdition_markdownOnly() throws IOException {
    QmsTest.Run run =
        new QmsTest.Run(
            "report", system().toString(), "--year", "2019", "--out", dir.toString(), "--lang", "en",
            "--format", "md", "--public", "3");
    assertEquals(0, run.exit, run.err);
    String md = Files.readString(dir.resolve("quality-report-2019-public.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("# Quality report 2019"), md);
    assertTrue(md.contains("<3") || md.contains("\\<3"), md);
    assertFalse(Files.exists(dir.resolve("quality-report-2019-public.html")));
  }

  @Test
  void aSecondRun_replacesTheFiles_andLeavesNoTemporaryFiles() throws IOException {
    Path qs = system();
    for (int i = 0; i < 2; i++) {
      assertEquals(0, new QmsTest.Run("report", qs.toString(), "--year", "2019", "--out", dir.toString()).exit);
    }
    assertEquals(
        List.of("kvalitetsberattelse-2019.html", "kvalitetsberattelse-2019.json", "kvalitetsberattelse-2019.md", "qs.json"),
        files(dir));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "no year; --out, x",
        "year not a number; --year, 20x9, --out, x",
        "year out of range; --year, 10000, --out, x",
        "no out; --year, 2019",
        "unknown format; --year, 2019, --out, x, --format, pdf",
        "public threshold too low; --year, 2019, --out, x, --public, 1"
      })
  void usageErrors_exitTwo_andWriteNothing(String name, String args) throws IOException {
    List<String> words = new java.util.ArrayList<>(List.of("report", system().toString()));
    for (String a : args.split(",")) {
      words.add(a.strip().equals("x") ? dir.resolve("x").toString() : a.strip());
    }
    QmsTest.Run run = new QmsTest.Run(words.toArray(new String[0]));
    assertEquals(2, run.exit, name + ": " + run.out + run.err);
    assertFalse(Files.exists(dir.resolve("x")), name);
  }

  @Test
  void aMissingFile_isAnInputError() {
    QmsTest.Run run =
        new QmsTest.Run("report", dir.resolve("none.json").toString(), "--year", "2019", "--out", dir.toString());
    assertEquals(2, run.exit, run.err);
    assertTrue(run.err.contains("QMS-9002"), run.err);
  }
}
