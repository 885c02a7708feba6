package se.qms.json;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.privacy.Redaction;
import se.qms.core.report.QualityReport;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the two document kinds of qms: a quality system ({@code "format":
 * "qms-quality-system"}) and a rule set ({@code "format": "qms-rule-set"}), format version 1.
 *
 * <p>Reading is strict by default: unknown properties, wrong types, unknown enum values, values out
 * of range, duplicate ids and dangling references are errors, and all of a document's errors are
 * collected into one {@link QmsDocumentException}, each with a JSON pointer, a code, a message in
 * Swedish and English and the rejected value; no model is returned then. Writing is deterministic:
 * equal models give byte-identical UTF-8 JSON. Instances are immutable and thread-safe; build one
 * and share it.
 *
 * <p>Two writers for a quality system: {@link #write(QualitySystem)} writes the document of record
 * with full fidelity (write then read gives an equal system), {@link #writeExport(QualitySystem)}
 * the export others read, in which cases flagged "skyddade personuppgifter" carry no free text and
 * no names ({@link Redaction}). Reports ({@link #write(QualityReport)}) are always generated from
 * the redacted system.
 */
public final class QmsJson {
  private static final QmsJson STRICT = new QmsJson(ReadOptions.strict());

  private final ReadOptions options;
  private final JsonSource source;

  private QmsJson(ReadOptions options) {
    this.options = options;
    this.source = new JsonSource(options);
  }

  /** Strict reading with the default limits. */
  public static QmsJson strict() {
    return STRICT;
  }

  /** Reading with the given options. */
  public static QmsJson with(ReadOptions options) {
    if (options == null) {
      throw new se.qms.core.MissingValueException("options");
    }
    return new QmsJson(options);
  }

  /** The options in force. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a quality-system document.
   *
   * @param document UTF-8 JSON
   * @throws QmsDocumentException with every error found
   */
  public QualitySystem readQualitySystem(byte[] document) {
    if (document == null) {
      throw new se.qms.core.MissingValueException("document");
    }
    JsonSource.Streamed streamed = source.parseStreaming(document);
    Node root = new Node(streamed.rest, "", new Errors(options.beans()), options.isLenient());
    return QualitySystemReader.read(root, streamed.measures);
  }

  /**
   * Reads a rule-set document.
   *
   * @param document UTF-8 JSON
   * @throws QmsDocumentException with every error found
   */
  public RuleSet readRuleSet(byte[] document) {
    return read(document, RuleSetFormat::read);
  }

  /**
   * Checks a document of either kind, chosen by its {@code format} property.
   *
   * @return every error found; empty for a valid document
   */
  public List<DocumentError> validate(byte[] document) {
    try {
      JsonSource.Streamed streamed = source.parseStreaming(document);
      JsonNode format = streamed.rest.get("format");
      if (format != null && format.isString() && format.stringValue().equals(RuleSetFormat.FORMAT)) {
        readRuleSet(document);
      } else {
        QualitySystemReader.read(
            new Node(streamed.rest, "", new Errors(options.beans()), options.isLenient()), streamed.measures);
      }
      return List.of();
    } catch (QmsDocumentException e) {
      return e.errors();
    }
  }

  /**
   * Every compliance rule a rule-set document may configure (its {@code rules} array): the core's
   * ({@code ComplianceRules.core()}), lex Sarah timeliness ({@code LexSarahRules.all()}), decisions
   * not carried out ({@code UnexecutedRules.all()}) and qms-risk's ({@code RiskRules.all()}, with
   * lex Sarah escalation) — the registry to build a {@code ComplianceEngine} with when rule sets are
   * read from documents.
   */
  public static se.qms.core.compliance.RuleRegistry complianceRules() {
    return RuleSetFormat.RULES;
  }

  /**
   * The report generator for documents of this format: the core's section contributors and
   * qms-risk's risk analyses ({@code RiskReport}), judging time limits with {@link
   * #complianceRules()}. Thread-safe; build once and reuse.
   */
  public static se.qms.core.report.ReportGenerator reportGenerator() {
    return REPORTS;
  }

  private static final se.qms.core.report.ReportGenerator REPORTS = reports();

  private static se.qms.core.report.ReportGenerator reports() {
    java.util.List<se.qms.core.report.ReportContributor> contributors =
        new java.util.ArrayList<>(se.qms.core.report.ReportGenerator.coreContributors());
    contributors.add(se.qms.risk.RiskReport.contributor());
    return se.qms.core.report.ReportGenerator.of(contributors, complianceRules());
  }

  /** The JSON Schema (draft 2020-12) of quality-system documents, format version 1. */
  public static String qualitySystemSchema() {
    return resource("qms-quality-system-1.schema.json");
  }

  /** The JSON Schema (draft 2020-12) of rule-set documents, format version 1. */
  public static String ruleSetSchema() {
    return resource("qms-rule-set-1.schema.json");
  }

  /** The JSON Schema (draft 2020-12) of report documents ({@code qms-report}), version 1. */
  public static String reportSchema() {
    return resource("qms-report-1.schema.json");
  }

  private static String resource(String name) {
    try (java.io.InputStream in = QmsJson.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new se.qms.core.QmsException(se.qms.core.QmsErrorCode.IO_FAILURE, "cannot read " + name, e);
    }
  }

  /**
   * Writes a quality system as UTF-8 JSON: the document of record. Nothing is lost — a case
   * flagged "skyddade personuppgifter" ({@code protectedPersonalData}) is written with its flag,
   * its free text and the names it holds — so reading the bytes back gives an equal system. Keep
   * it where the case file is kept; write anything others are to read with {@link
   * #writeExport(QualitySystem)}.
   *
   * @param system not null
   */
  public byte[] write(QualitySystem system) {
    return write(system, QualitySystemWriter::write);
  }

  /**
   * Writes the export of a quality system: the document {@link #write(QualitySystem)} writes for
   * {@link Redaction#forExport(QualitySystem)} of it. Every case flagged "skyddade
   * personuppgifter" is written without its free text, a required text as {@link
   * Redaction#PROTECTED_TEXT}, and every person it names with that text as display name and the
   * pseudonymous id kept; everything else is as {@link #write(QualitySystem)} writes it, byte for
   * byte when no case is flagged. The export is a valid quality-system document whose statistics,
   * findings and report tables are those of the original; reading it back gives the redacted
   * system, not the original.
   *
   * @param system not null
   * @throws se.qms.core.MissingValueException for a null system
   */
  public byte[] writeExport(QualitySystem system) {
    if (system == null) {
      throw new se.qms.core.MissingValueException("system");
    }
    return write(Redaction.forExport(system));
  }

  /** Writes a rule set as UTF-8 JSON. */
  public byte[] write(RuleSet ruleSet) {
    return write(ruleSet, RuleSetFormat::write);
  }

  /**
   * Writes a kvalitetsberättelse as a {@code qms-report} document (UTF-8 JSON, format version 1;
   * schema {@link #reportSchema()}): sections and their paragraphs, tables and heat maps, every
   * figure with its value, its printed form in Swedish and English and its sources as {@code
   * collection/id}, and the development needs. Deterministic: equal reports give equal bytes.
   *
   * <p>A public edition ({@code report.withDisclosure(Disclosure.masked(3))}) carries nothing it
   * masks: a masked cell is {@code {"kind": "masked", "printed": "<3"}} without value or sources,
   * and a figure, paragraph or need naming a record counted in a masked cell is written without
   * its sources. The internal edition keeps everything.
   *
   * @param report not null
   */
  public byte[] write(QualityReport report) {
    return write(report, ReportFormat::write);
  }

  /**
   * Streams a kvalitetsberättelse as {@link #write(QualityReport)} does, to {@code out}, which is
   * left open.
   *
   * @param report not null
   * @param out not null
   */
  public void write(QualityReport report, java.io.OutputStream out) {
    if (report == null) {
      throw new se.qms.core.MissingValueException("report");
    }
    if (out == null) {
      throw new se.qms.core.MissingValueException("out");
    }
    try (JsonGenerator g =
        source
            .mapper()
            .writer()
            .withDefaultPrettyPrinter()
            .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .createGenerator(out, JsonEncoding.UTF8)) {
      ReportFormat.write(report, g);
    }
    try {
      out.write('\n');
    } catch (java.io.IOException e) {
      throw new se.qms.core.QmsException(se.qms.core.QmsErrorCode.IO_FAILURE, "cannot write the report", e);
    }
  }

  private <T> T read(byte[] document, Function<Node, T> reader) {
    if (document == null) {
      throw new se.qms.core.MissingValueException("document");
    }
    JsonNode tree = source.parse(document);
    return reader.apply(new Node(tree, "", new Errors(options.beans()), options.isLenient()));
  }

  private <T> byte[] write(T value, BiConsumer<T, JsonGenerator> writer) {
    if (value == null) {
      throw new se.qms.core.MissingValueException("value");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator g =
        source.mapper().writer().withDefaultPrettyPrinter().createGenerator(out, JsonEncoding.UTF8)) {
      writer.accept(value, g);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
