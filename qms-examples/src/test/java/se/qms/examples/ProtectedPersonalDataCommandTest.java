package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.compliance.QualitySystem;
import se.qms.json.QmsJson;
import se.qms.testing.ProtectedCases;

/**
 * The command line on a document with cases flagged "skyddade personuppgifter": {@code qms report}
 * (every format, both editions) and {@code qms check} (text and JSON) print none of their free text
 * or names, and say the same as for the document without the flags.
 */
class ProtectedPersonalDataCommandTest {
  @TempDir Path dir;

  private final QualitySystem flagged = ProtectedCases.system(seeds());

  private static List<Integer> seeds() {
    // 40 cases, ten of each kind; with these seeds each kind has flagged and unflagged cases
    return Stream.iterate(1, i -> i * 7 + 3).limit(40).map(i -> i & Integer.MAX_VALUE).toList();
  }

  private Path write(String name, QualitySystem system) throws IOException {
    return Files.write(dir.resolve(name), QmsJson.strict().write(system));
  }

  private static String readAll(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void theDocument_hasFlaggedCasesOfEveryKind() {
    Set<String> secrets = ProtectedCases.secrets(flagged);
    for (String kind : List.of("«K", "«A", "«LS", "«B")) {
      assertTrue(secrets.stream().anyMatch(s -> s.startsWith(kind)), kind + " in " + secrets);
    }
  }

  @Test
  void report_everyFormat_bothEditions_holdsNoFlaggedTextOrName() throws IOException {
    // with the lex Sarah register: a development need quoting an overdue lex Sarah finding's
    // message of more than 200 characters is a valid text cell of the report
    QualitySystem reported = flagged;
    Path in = write("qs.json", reported);
    Path plainIn = write("plain.json", ProtectedCases.withoutFlags(reported));
    for (List<String> edition : List.of(List.<String>of(), List.of("--public", "3"))) {
      String tag = edition.isEmpty() ? "internal" : "public";
      QmsTest.Run run = report(in, dir.resolve(tag), edition);
      QmsTest.Run plain = report(plainIn, dir.resolve(tag + "-plain"), edition);
      assertEquals(plain.exit, run.exit, run.err);
      assertEquals(0, run.exit, run.out + run.err);
      String written = readAll(dir.resolve(tag));
      assertEquals(List.of(), ProtectedCases.leaks(ProtectedCases.secrets(reported), written + run.out));
      assertTrue(!ProtectedCases.secrets(reported).isEmpty());
    }
  }

  private static QmsTest.Run report(Path in, Path out, List<String> edition) {
    List<String> args = new java.util.ArrayList<>(List.of("report", in.toString(), "--year", "2020", "--out", out.toString()));
    args.addAll(edition);
    return new QmsTest.Run(args.toArray(String[]::new));
  }

  @Test
  void check_textAndJson_holdNoFlaggedTextOrName_andFindTheSame() throws IOException {
    Path in = write("qs.json", flagged);
    Path plainIn = write("plain.json", ProtectedCases.withoutFlags(flagged));
    for (String format : List.of("text", "json")) {
      QmsTest.Run run = new QmsTest.Run("check", in.toString(), "--as-of", "2020-12-31", "--format", format);
      QmsTest.Run plain = new QmsTest.Run("check", plainIn.toString(), "--as-of", "2020-12-31", "--format", format);
      assertEquals(plain.exit, run.exit, run.err);
      assertEquals(plain.out.replace("plain.json", "qs.json"), run.out);
      assertEquals(List.of(), ProtectedCases.leaks(ProtectedCases.secrets(flagged), run.out + run.err));
    }
  }
}
