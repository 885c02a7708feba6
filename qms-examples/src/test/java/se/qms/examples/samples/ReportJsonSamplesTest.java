package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.report.Disclosure;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportGenerator;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportTable;
import se.qms.json.QmsJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of each bundled sample as JSON: both editions pass the shipped schema, every count
 * keeps its value, printed form and sources, and the public edition names no record it masks.
 */
class ReportJsonSamplesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(QmsJson.reportSchema());
  private static final ReportGenerator GENERATOR =
      ReportGenerator.of(ReportGenerator.coreContributors(), ComplianceRules.core());

  static Stream<String> samples() {
    return Sample.names().stream();
  }

  private static QualityReport report(String name) {
    Sample sample = Sample.load(name);
    return GENERATOR.generate(sample.qualitySystem(), sample.ruleSet(), sample.reportDate().getYear());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void bothEditions_passTheSchema_andFiguresKeepValuesPrintedFormsAndSources(String name) {
    QualityReport internal = report(name);
    QualityReport open = internal.withDisclosure(Disclosure.masked(3));
    byte[] internalBytes = QmsJson.strict().write(internal);
    byte[] openBytes = QmsJson.strict().write(open);
    assertArrayEquals(internalBytes, QmsJson.strict().write(report(name)), "deterministic");
    JsonNode in = MAPPER.readTree(internalBytes);
    JsonNode pub = MAPPER.readTree(openBytes);
    assertEquals(List.of(), SCHEMA.validate(in), name + " internal");
    assertEquals(List.of(), SCHEMA.validate(pub), name + " public");

    Set<String> hidden = new HashSet<>();
    for (int s = 0; s < internal.sections().size(); s++) {
      for (int b = 0; b < internal.sections().get(s).blocks().size(); b++) {
        if (!(internal.sections().get(s).blocks().get(b) instanceof ReportTable)) {
          continue;
        }
        ReportTable all = (ReportTable) internal.sections().get(s).blocks().get(b);
        // paragraphs stating figures are left out of a public edition: its blocks are found by table id
        ReportTable shown = open.table(all.id()).orElseThrow();
        int pb = open.sections().get(s).blocks().indexOf(shown);
        for (int r = 0; r < all.rows().size(); r++) {
          ReportRow row = all.rows().get(r);
          for (int c = 0; c < row.cells().size(); c++) {
            String at = "/sections/" + s + "/blocks/" + b + "/rows/" + r + "/cells/" + c;
            ReportCell cell = row.cell(c);
            JsonNode j = in.at(at);
            if (cell.kind() == ReportCell.Kind.COUNT) {
              assertEquals(cell.count().getAsLong(), j.get("value").longValue(), at);
              assertEquals(cell.format(ReportLanguage.SV), j.get("printed").get("sv").stringValue(), at);
              assertEquals(strings(cell), texts(j.get("sources")), at);
            }
            if (shown.rows().get(r).cell(c).kind() == ReportCell.Kind.MASKED) {
              String pat = "/sections/" + s + "/blocks/" + pb + "/rows/" + r + "/cells/" + c;
              String shownText = shown.rows().get(r).cell(c).text().sv();
              assertTrue(shownText.equals("<3") || shownText.equals(".."), shownText);
              assertEquals(
                  MAPPER.readTree("{\"kind\":\"masked\",\"printed\":\"" + shownText + "\"}"), pub.at(pat), pat);
              hidden.addAll(strings(cell));
            }
          }
        }
      }
    }
    for (String source : allSources(pub)) {
      assertFalse(hidden.contains(source), name + ": the public edition names " + source);
    }
  }

  private static List<String> strings(ReportCell cell) {
    List<String> out = new ArrayList<>();
    cell.sources().forEach(r -> out.add(r.toString()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.stringValue()));
    return out;
  }

  private static List<String> allSources(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isObject() && n.has("sources")) {
      out.addAll(texts(n.get("sources")));
    }
    for (JsonNode child : n) {
      out.addAll(allSources(child));
    }
    return out;
  }
}
