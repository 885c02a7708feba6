package se.qms.json;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.risk.RiskPolicy;
import tools.jackson.core.JsonGenerator;

/** Reads and writes {@code qms-rule-set} documents. */
final class RuleSetFormat {
  static final String FORMAT = "qms-rule-set";
  static final int VERSION = 1;

  private static final Set<String> ROOT = Set.of("format", "formatVersion", "name", "lightPolicies", "riskPolicy", "lexSarahTimeliness");
  private static final Set<String> POLICY =
      Set.of("indicatorId", "kind", "target", "tolerance", "greenFrom", "yellowFrom");
  private static final Set<String> TARGET = Set.of("kind", "value", "reference", "delta", "deltaUnit");
  private static final Set<String> TOLERANCE = Set.of("kind", "amount");

  /** The kinds of tolerance in the document. */
  enum ToleranceKind {
    POINTS,
    PERCENT_OF_TARGET
  }

  private RuleSetFormat() {}

  static RuleSet read(Node root) {
    Errors errors = root.errors();
    if (!root.object(ROOT, "format", "formatVersion", "name")
        || !JsonSource.checkFormat(root, FORMAT, VERSION)) {
      errors.throwIfAny();
    }
    String name = root.string("name");
    Map<String, LightPolicy> policies = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Node n : root.array("lightPolicies")) {
      String id = n.has("indicatorId") ? n.string("indicatorId") : null;
      LightPolicy policy = policy(n);
      if (id != null && !seen.add(id)) {
        errors.add(
            n.pointer("indicatorId"), QmsErrorCode.DUPLICATE_ID, "one policy per indicator", id);
      } else if (id != null && policy != null) {
        policies.put(id, policy);
      }
    }
    RiskPolicy riskPolicy = RiskFormat.readPolicy(root);
    se.qms.core.lexsarah.LexSarahTimelinessPolicy timeliness = LexSarahFormat.readPolicy(root);
    errors.throwIfAny();
    RuleSet ruleSet =
        QualitySystemReader.build(
            errors,
            "",
            () ->
                RuleSet.builder()
                    .name(name)
                    .putAllLightPolicies(policies)
                    .addAllParts(riskPolicy == null ? List.of() : List.of(riskPolicy))
                    .addAllParts(timeliness == null ? List.of() : List.of(timeliness))
                    .build());
    errors.throwIfAny();
    return ruleSet;
  }

  private static LightPolicy policy(Node n) {
    if (!n.object(POLICY, "indicatorId", "kind")) {
      return null;
    }
    LightPolicy.Kind kind = n.enumValue("kind", LightPolicy.Kind.class);
    if (kind == null) {
      return null;
    }
    switch (kind) {
      case TARGET:
        requireOnly(n, kind, "target", "tolerance");
        Target target = n.child("target").map(RuleSetFormat::target).orElse(null);
        Tolerance tolerance = n.child("tolerance").map(RuleSetFormat::tolerance).orElse(null);
        if (target == null || tolerance == null) {
          if (!n.has("target") || !n.has("tolerance")) {
            missing(n, !n.has("target") ? "target" : "tolerance");
          }
          return null;
        }
        return LightPolicy.target(target, tolerance);
      case BANDS:
        requireOnly(n, kind, "greenFrom", "yellowFrom");
        OptionalDouble green = n.number("greenFrom");
        OptionalDouble yellow = n.number("yellowFrom");
        if (green.isEmpty() || yellow.isEmpty()) {
          if (!n.has("greenFrom") || !n.has("yellowFrom")) {
            missing(n, !n.has("greenFrom") ? "greenFrom" : "yellowFrom");
          }
          return null;
        }
        return QualitySystemReader.build(
            n.errors(), n.pointer(), () -> LightPolicy.bands(green.getAsDouble(), yellow.getAsDouble()));
      default:
        requireOnly(n, kind);
        return LightPolicy.passFail();
    }
  }

  private static void missing(Node n, String name) {
    n.errors()
        .add(n.pointer(name), QmsErrorCode.JSON_MISSING_PROPERTY, "required property \"" + name + "\" is missing", null);
  }

  /** Properties of other policy kinds are errors on this kind. */
  private static void requireOnly(Node n, LightPolicy.Kind kind, String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (String p : List.of("target", "tolerance", "greenFrom", "yellowFrom")) {
      if (!ok.contains(p) && n.has(p)) {
        n.errors()
            .add(n.pointer(p), QmsErrorCode.LIGHT_POLICY_INVALID, p + " is not allowed on a " + kind + " policy", null);
      }
    }
  }

  private static Target target(Node n) {
    if (!n.object(TARGET, "kind")) {
      return null;
    }
    Target.Kind kind = n.enumValue("kind", Target.Kind.class);
    OptionalDouble value = n.number("value");
    String reference = n.string("reference");
    OptionalDouble delta = n.number("delta");
    Target.DeltaUnit unit = n.enumValue("deltaUnit", Target.DeltaUnit.class);
    if (kind == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          Target t;
          switch (kind) {
            case ABSOLUTE:
              t = Target.absolute(value.orElseThrow(() -> new se.qms.core.MissingValueException("value")));
              break;
            case NATIONAL_AVERAGE:
              t = Target.nationalAverage();
              break;
            case COUNTY_AVERAGE:
              t = Target.countyAverage();
              break;
            case COMPARISON_GROUP:
              t = Target.comparisonGroup(reference);
              break;
            case OTHER_UNIT:
              t = Target.otherUnit(reference);
              break;
            default:
              t = Target.previousPeriod(0, Target.DeltaUnit.POINTS);
          }
          if (kind != Target.Kind.ABSOLUTE && value.isPresent()) {
            throw se.qms.core.InvalidValueException.violates(
                QmsErrorCode.INCONSISTENT_VALUE, "value", value.getAsDouble(), "is only allowed on an absolute target");
          }
          if (kind != Target.Kind.COMPARISON_GROUP && kind != Target.Kind.OTHER_UNIT && reference != null) {
            throw se.qms.core.InvalidValueException.violates(
                QmsErrorCode.INCONSISTENT_VALUE, "reference", reference, "is not allowed for " + kind);
          }
          return delta.isPresent() || unit != null
              ? t.adjustedBy(delta.orElse(0), unit == null ? Target.DeltaUnit.POINTS : unit)
              : t;
        });
  }

  private static Tolerance tolerance(Node n) {
    if (!n.object(TOLERANCE, "kind", "amount")) {
      return null;
    }
    ToleranceKind kind = n.enumValue("kind", ToleranceKind.class);
    OptionalDouble amount = n.number("amount");
    if (kind == null || amount.isEmpty()) {
      return null;
    }
    return QualitySystemReader.whole(
        n.errors(),
        n.pointer("amount"),
        () ->
            kind == ToleranceKind.POINTS
                ? Tolerance.points(amount.getAsDouble())
                : Tolerance.percentOfTarget(amount.getAsDouble()));
  }

  static void write(RuleSet ruleSet, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("formatVersion", VERSION);
    g.writeStringProperty("name", ruleSet.name());
    QualitySystemWriter.array(
        g,
        "lightPolicies",
        List.copyOf(ruleSet.lightPolicies().entrySet()),
        (gen, e) -> policy(gen, e.getKey(), e.getValue()));
    ruleSet.part(RiskPolicy.class).ifPresent(p -> RiskFormat.writePolicy(g, p));
    ruleSet
        .part(se.qms.core.lexsarah.LexSarahTimelinessPolicy.class)
        .ifPresent(p -> LexSarahFormat.writePolicy(g, p));
    g.writeEndObject();
  }

  private static void policy(JsonGenerator g, String indicatorId, LightPolicy p) {
    g.writeStartObject();
    g.writeStringProperty("indicatorId", indicatorId);
    g.writeStringProperty("kind", p.kind().name());
    if (p.kind() == LightPolicy.Kind.TARGET) {
      Target t = p.target().orElseThrow();
      g.writeName("target");
      g.writeStartObject();
      g.writeStringProperty("kind", t.kind().name());
      QualitySystemWriter.optional(g, "value", t.value());
      QualitySystemWriter.optional(g, "reference", t.reference());
      if (t.delta() != 0) {
        g.writeName("delta");
        g.writeNumber(t.delta());
        g.writeStringProperty("deltaUnit", t.deltaUnit().name());
      }
      g.writeEndObject();
      Tolerance tol = p.tolerance().orElseThrow();
      g.writeName("tolerance");
      g.writeStartObject();
      g.writeStringProperty(
          "kind", (tol.isRelative() ? ToleranceKind.PERCENT_OF_TARGET : ToleranceKind.POINTS).name());
      g.writeName("amount");
      g.writeNumber(tol.amount());
      g.writeEndObject();
    } else if (p.kind() == LightPolicy.Kind.BANDS) {
      QualitySystemWriter.optional(g, "greenFrom", p.greenFrom());
      QualitySystemWriter.optional(g, "yellowFrom", p.yellowFrom());
    }
    g.writeEndObject();
  }
}
