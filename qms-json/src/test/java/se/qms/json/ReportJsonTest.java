package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HeatMap;
import se.qms.core.report.Paragraph;
import se.qms.core.report.QualityReport;
import se.qms.core.report.RecordRef;
import se.qms.core.report.ReportBlock;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportGenerator;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportSection;
import se.qms.core.report.ReportTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON: every figure keeps its value, printed form and sources; the documents pass
 * the shipped schema; a public edition carries nothing it masks.
 */
class ReportJsonTest {
  private static final QmsJson JSON = QmsJson.strict();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(QmsJson.reportSchema());
  private static final ReportGenerator GENERATOR =
      ReportGenerator.of(ReportGenerator.coreContributors(), se.qms.core.compliance.ComplianceRules.core());

  static List<Error> schemaErrors(byte[] document) {
    return SCHEMA.validate(
        MAPPER.readTree(document), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  private static QualityReport baseReport() {
    QualitySystem system = JSON.readQualitySystem(MalformedCorpus.QS);
    RuleSet rules = JSON.readRuleSet(MalformedCorpus.RS);
    return GENERATOR.generate(system, rules, 2016);
  }

  private static QualityReport generated(QualitySystem system) {
    return GENERATOR.generate(system, RuleSet.builder().name("Regler").build(), 2016);
  }

  @Test
  void internalEdition_keepsEveryValuePrintedFormAndSource() {
    QualityReport report = baseReport();
    JsonNode doc = MAPPER.readTree(JSON.write(report));
    assertEquals("qms-report", doc.get("format").stringValue());
    assertEquals(1, doc.get("version").intValue());
    assertEquals(report.organisation(), doc.get("organisation").stringValue());
    assertEquals(2016, doc.get("year").intValue());
    assertEquals("2016-12-31", doc.get("asOf").stringValue());
    assertEquals("internal", doc.get("disclosure").get("edition").stringValue());
    assertEquals(report.sections().size(), doc.get("sections").size());
    int figures = agrees(report, doc);
    assertTrue(figures > 0, "the base system's report states figures");
    assertEquals(report.developmentNeeds().size(), doc.get("developmentNeeds").size());
    for (int i = 0; i < report.developmentNeeds().size(); i++) {
      JsonNode n = doc.get("developmentNeeds").get(i);
      assertEquals(report.developmentNeeds().get(i).kind().name(), n.get("kind").stringValue());
      assertEquals(strings(report.developmentNeeds().get(i).sources()), texts(n.get("sources")));
    }
  }

  @Test
  void writtenReports_passTheSchema_andWritingIsDeterministic() {
    QualityReport report = baseReport();
    byte[] once = JSON.write(report);
    assertEquals(List.of(), schemaErrors(once));
    assertArrayEquals(once, JSON.write(baseReport()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(report, out);
    assertArrayEquals(once, out.toByteArray());
    assertEquals(List.of(), schemaErrors(JSON.write(report.withDisclosure(Disclosure.masked(3)))));
    assertEquals(List.of(), schemaErrors(JSON.write(report.withDisclosure(Disclosure.suppressed(5)))));
  }

  @Test
  void generatedSystems_giveReportsThatPassTheSchema_inBothEditions() {
    qt().withExamples(60)
        .forAll(JsonGenerators.qualitySystems())
        .check(
            system -> {
              QualityReport report = generated(system);
              QualityReport open = report.withDisclosure(Disclosure.masked(3));
              return schemaErrors(JSON.write(report)).isEmpty()
                  && schemaErrors(JSON.write(open)).isEmpty()
                  && agrees(report, MAPPER.readTree(JSON.write(report))) >= 0
                  && carriesNothingMasked(open, MAPPER.readTree(JSON.write(open)));
            });
  }

  @Test
  void publicEdition_writesMaskedCellsAsTheMarkerOnly_andTheInternalOneKeepsThem() {
    QualityReport internal = baseReport();
    QualityReport open = internal.withDisclosure(Disclosure.masked(3));
    assertTrue(countMasked(open) > 0, "the base system has counts of 1 and 2");
    JsonNode openDoc = MAPPER.readTree(JSON.write(open));
    JsonNode internalDoc = MAPPER.readTree(JSON.write(internal));
    assertEquals("public", openDoc.get("disclosure").get("edition").stringValue());
    assertEquals(3, openDoc.get("disclosure").get("threshold").intValue());
    assertEquals("<3", openDoc.get("disclosure").get("marker").stringValue());
    agrees(open, openDoc);
    agrees(internal, internalDoc);
    assertTrue(carriesNothingMasked(open, openDoc));
    int seen = 0;
    for (int s = 0; s < open.sections().size(); s++) {
      List<ReportBlock> blocks = open.sections().get(s).blocks();
      for (int b = 0; b < blocks.size(); b++) {
        if (!(blocks.get(b) instanceof ReportTable)) {
          continue;
        }
        ReportTable t = (ReportTable) blocks.get(b);
        for (int r = 0; r < t.rows().size(); r++) {
          for (int c = 0; c < t.columns().size(); c++) {
            if (t.rows().get(r).cell(c).kind() != ReportCell.Kind.MASKED) {
              continue;
            }
            String at = "/sections/" + s + "/blocks/" + b + "/rows/" + r + "/cells/" + c;
            assertEquals(
                MAPPER.readTree(
                    "{\"kind\":\"masked\",\"printed\":\"" + t.rows().get(r).cell(c).text().sv() + "\"}"),
                openDoc.at(at), at);
            // paragraphs stating figures are left out of a public edition: find the table by id
            JsonNode kept = null;
            for (JsonNode block : internalDoc.at("/sections/" + s + "/blocks")) {
              if (t.id().equals(block.path("id").asString(""))) {
                kept = block.at("/rows/" + r + "/cells/" + c);
              }
            }
            assertTrue(kept != null, t.id());
            assertTrue(kept.has("sources") && kept.get("printed").isObject(), kept.toString());
            assertTrue(kept.has("value") || kept.has("numerator"), kept.toString());
            seen++;
          }
        }
      }
    }
    assertEquals(countMasked(open), seen);
  }

  /** Checks the document against the report cell by cell; returns the number of figures seen. */
  static int agrees(QualityReport report, JsonNode doc) {
    int figures = 0;
    for (int s = 0; s < report.sections().size(); s++) {
      ReportSection section = report.sections().get(s);
      JsonNode js = doc.get("sections").get(s);
      assertEquals(section.number(), js.get("number").intValue());
      assertEquals(section.kind().name(), js.get("kind").stringValue());
      assertEquals(section.title().sv(), js.get("title").get("sv").stringValue());
      assertEquals(section.blocks().size(), js.get("blocks").size());
      for (int b = 0; b < section.blocks().size(); b++) {
        ReportBlock block = section.blocks().get(b);
        JsonNode jb = js.get("blocks").get(b);
        if (block instanceof Paragraph) {
          assertEquals("paragraph", jb.get("type").stringValue());
          assertEquals(((Paragraph) block).text().en(), jb.get("text").get("en").stringValue());
        } else if (block instanceof HeatMap) {
          assertEquals("heatMap", jb.get("type").stringValue());
          HeatMap m = (HeatMap) block;
          for (int r = 0; r < m.rowLabels().size(); r++) {
            for (int c = 0; c < m.columnLabels().size(); c++) {
              JsonNode cell = jb.get("rows").get(r).get("cells").get(c);
              assertEquals(m.band(r, c), cell.get("band").intValue());
              if (!m.isMasked(r, c)) {
                assertEquals(m.count(r, c), cell.get("value").intValue());
              }
            }
          }
        } else {
          figures += agrees((ReportTable) block, jb);
        }
      }
    }
    return figures;
  }

  private static int agrees(ReportTable table, JsonNode jt) {
    int figures = 0;
    assertEquals("table", jt.get("type").stringValue());
    assertEquals(table.id(), jt.get("id").stringValue());
    assertEquals(table.columns().size(), jt.get("columns").size());
    assertEquals(table.rows().size(), jt.get("rows").size());
    for (int r = 0; r < table.rows().size(); r++) {
      ReportRow row = table.rows().get(r);
      JsonNode jr = jt.get("rows").get(r);
      assertEquals(row.label().sv(), jr.get("label").get("sv").stringValue());
      assertEquals(row.isTotal(), jr.get("total").booleanValue());
      for (int c = 0; c < row.cells().size(); c++) {
        ReportCell cell = row.cell(c);
        JsonNode jc = jr.get("cells").get(c);
        if (cell.kind() == ReportCell.Kind.MASKED) {
          assertEquals("masked", jc.get("kind").stringValue());
          assertEquals(cell.text().sv(), jc.get("printed").stringValue());
          continue;
        }
        assertEquals(cell.kind().name().toLowerCase(java.util.Locale.ROOT), jc.get("kind").stringValue());
        assertEquals(cell.format(ReportLanguage.SV), jc.get("printed").get("sv").stringValue());
        assertEquals(cell.format(ReportLanguage.EN), jc.get("printed").get("en").stringValue());
        if (cell.kind() == ReportCell.Kind.COUNT) {
          assertEquals(cell.count().getAsLong(), jc.get("value").longValue());
        }
        if (cell.kind() == ReportCell.Kind.SHARE) {
          assertEquals(cell.share().orElseThrow().numerator(), jc.get("numerator").longValue());
          assertEquals(cell.share().orElseThrow().denominator(), jc.get("denominator").longValue());
        }
        if (cell.isFigure()) {
          figures++;
          if (jc.has("sources")) {
            assertEquals(strings(cell.sources()), texts(jc.get("sources")));
          }
        }
      }
    }
    return figures;
  }

  /**
   * No masked cell has a value or sources, and no source anywhere names a record counted in a
   * masked cell of the internal edition.
   */
  static boolean carriesNothingMasked(QualityReport open, JsonNode doc) {
    Set<String> hidden = new HashSet<>();
    QualityReport internal = open.withDisclosure(Disclosure.internal());
    for (int t = 0; t < open.tables().size(); t++) {
      List<ReportCell> shown = open.tables().get(t).cells();
      List<ReportCell> all = internal.tables().get(t).cells();
      for (int i = 0; i < shown.size(); i++) {
        if (shown.get(i).kind() == ReportCell.Kind.MASKED) {
          hidden.addAll(strings(all.get(i).sources()));
        }
      }
    }
    List<JsonNode> cells = new ArrayList<>();
    collect(doc, cells);
    for (JsonNode n : cells) {
      if (n.has("kind") && "masked".equals(n.get("kind").stringValue())) {
        assertFalse(n.has("value") || n.has("sources"), n.toString());
        assertTrue(n.get("printed").isString(), n.toString());
      }
      if (n.has("sources")) {
        for (String s : texts(n.get("sources"))) {
          assertFalse(hidden.contains(s), "public edition names " + s);
        }
      }
    }
    return true;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isObject()) {
      out.add(n);
    }
    for (JsonNode child : n) {
      collect(child, out);
    }
  }

  static int countMasked(QualityReport report) {
    int n = 0;
    for (ReportTable t : report.tables()) {
      for (ReportCell c : t.cells()) {
        n += c.kind() == ReportCell.Kind.MASKED ? 1 : 0;
      }
    }
    return n;
  }

  static List<String> strings(List<RecordRef> refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(r.toString()));
    return out;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.stringValue()));
    return out;
  }
}
