package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Period;
import se.qms.json.QmsJson;

class KoladaCommandTest {
  private static final String RESPONSE =
      "{\"values\":[{\"kpi\":\"N00945\",\"municipality\":\"2380\",\"period\":2019,"
          + "\"values\":[{\"gender\":\"T\",\"count\":1,\"status\":\"\",\"value\":82.0},"
          + "{\"gender\":\"K\",\"count\":1,\"status\":\"\",\"value\":85.0},"
          + "{\"gender\":\"M\",\"count\":1,\"status\":\"\",\"value\":null}]},"
          + "{\"kpi\":\"N00945\",\"municipality\":\"G00001\",\"period\":2019,"
          + "\"values\":[{\"gender\":\"T\",\"count\":7,\"status\":\"\",\"value\":81.0}]}],"
          + "\"count\":2}";

  @Test
  void import_writesAValidQualitySystem(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("kolada.json"), RESPONSE);
    Path out = dir.resolve("system.json");
    QmsTest.Run run =
        new QmsTest.Run("kolada", "import", in.toString(), "--municipality", "2380", "--out", out.toString());
    assertEquals(Qms.EXIT_OK, run.exit, run.err);
    QualitySystem system = QmsJson.strict().readQualitySystem(Files.readAllBytes(out));
    assertEquals("N00945", system.indicators().get(0).koladaKpi().orElseThrow());
    var observation =
        system.measureData().observation("N00945", Optional.of("2380"), Period.year(2019)).orElseThrow();
    assertEquals(82.0, observation.total().getAsDouble());
    assertTrue(observation.men().isEmpty());
    assertEquals(1, system.measureData().references().size());
  }

  @Test
  void import_neverOverwritesAnInput(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("kolada.json"), RESPONSE);
    QmsTest.Run run =
        new QmsTest.Run("kolada", "import", in.toString(), "--municipality", "2380", "--out", in.toString());
    assertEquals(Qms.EXIT_USAGE, run.exit);
    assertArrayEquals(RESPONSE.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(in));
  }

  @Test
  void import_malformedResponse_exitsWithCodedErrorAndWritesNothing(@TempDir Path dir)
      throws IOException {
    Path in = Files.writeString(dir.resolve("kolada.json"), RESPONSE.replace("\"T\"", "\"X\""));
    Path out = dir.resolve("system.json");
    QmsTest.Run run =
        new QmsTest.Run("kolada", "import", in.toString(), "--municipality", "2380", "--out", out.toString());
    assertEquals(Qms.EXIT_USAGE, run.exit);
    assertTrue(run.err.contains("QMS-"), run.err);
    assertTrue(Files.notExists(out));
  }
}
