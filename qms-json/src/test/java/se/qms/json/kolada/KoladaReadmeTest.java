package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureResult;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.measure.TrafficLight;

/** The Kolada example of README.md: the code between the markers is the README's, verbatim. */
class KoladaReadmeTest {
  private static final String PATH = "/data/kpi/N00006/municipality/2380,G00001/year/2019";

  // kolada:begin
  static KoladaConfig ostersund() {
    return KoladaConfig.builder()
        .ownMunicipality("2380")                                // Östersund
        .putIndicatorIds("N00006", "vantetid-forsorjningsstod") // KPI id → your indicator id
        .putGroupNames("G00001", "Liknande kommuner IFO")       // group id → display name
        .build();
  }

  static KoladaImport readSaved(Path response) throws IOException {
    return KoladaReader.of(ostersund()).read(Files.readString(response));
  }

  static KoladaImport fetch(URI baseUrl) {
    KoladaClient client = KoladaClient.builder()
        .config(ostersund())
        .baseUrl(baseUrl)                                       // default https://api.kolada.se/v2
        .requestTimeout(Duration.ofSeconds(30))
        .build();
    URI url = client.dataUrl(List.of("N00006"), List.of("2380", "G00001"), List.of(2019));
    return client.fetch(url);                                   // follows next_page to the end
  }

  static MeasureResult waitingTime(KoladaImport imported) {
    Indicator waiting = Indicator.of("vantetid-forsorjningsstod",
        "Väntetid till beslut om försörjningsstöd", MeasureUnit.DAYS, Direction.LOWER_IS_BETTER);
    MeasureEngine engine = MeasureEngine.of(List.of(waiting), Map.of(waiting.id(),
        LightPolicy.target(Target.comparisonGroup("Liknande kommuner IFO"), Tolerance.points(2))));
    MeasureData data = imported.measureData();
    Observation own =
        data.observation(waiting.id(), Optional.of("2380"), Period.year(2019)).orElseThrow();
    return engine.evaluate(own, data);                          // GREEN: 4 days against 11
  }
  // kolada:end

  @Test
  void fetched_isGreenAgainstTheComparisonGroup() {
    try (KoladaTestServer server = KoladaTestServer.start()) {
      server.fixture(PATH, "ostersund-2019-waiting-time.json");
      MeasureResult result = waitingTime(fetch(server.base()));
      assertEquals(TrafficLight.GREEN, result.light());
      assertEquals(OptionalDouble.of(4), result.value());
      assertEquals(OptionalDouble.of(11), result.target());
    }
  }

  @Test
  void saved_readsLikeFetched(@TempDir Path dir) throws IOException {
    Path saved = Files.writeString(dir.resolve("kolada.json"), Fixtures.text("ostersund-2019-waiting-time.json"));
    try (KoladaTestServer server = KoladaTestServer.start()) {
      server.fixture(PATH, "ostersund-2019-waiting-time.json");
      assertEquals(fetch(server.base()), readSaved(saved));
    }
  }

  @Test
  void readmeShowsTheSameCode() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/se/qms/json/kolada/KoladaReadmeTest.java"));
    String code =
        source.substring(
            source.indexOf('\n', source.indexOf("// kolada:begin")) + 1,
            source.indexOf("// kolada:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String normalised = code.stripIndent().strip();
    assertTrue(
        readme.contains(normalised),
        "README.md must contain the kolada block of KoladaReadmeTest.java:\n" + normalised);
  }
}
