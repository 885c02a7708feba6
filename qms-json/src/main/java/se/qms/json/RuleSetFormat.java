package se.qms.json;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.ComplianceRule;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.RuleParameter;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;
import se.qms.core.compliance.RuleSetting;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.risk.RiskPolicy;
import se.qms.risk.RiskRules;
import tools.jackson.core.JsonGenerator;

/** Reads and writes {@code qms-rule-set} documents. */
final class RuleSetFormat {
  static final String FORMAT = "qms-rule-set";
  static final int VERSION = 1;

  private static final Set<String> ROOT =
      Set.of(
          "format", "formatVersion", "name", "lightPolicies", "riskPolicy", UnexecutedFormat.POLICY, "rules",
          "lexSarahTimeliness");
  private static final Set<String> RULE = Set.of("ruleId", "enabled", "severity", "basis", "parameters");
  /** The rules a rule set may configure: the core's, lex Sarah's, the unexecuted decisions' and qms-risk's. */
  static final RuleRegistry RULES =
      ComplianceRules.core()
          .plus(se.qms.core.lexsarah.LexSarahRules.all())
          .plus(se.qms.core.unexecuted.UnexecutedRules.all())
          .plus(RiskRules.all());
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
    se.qms.core.unexecuted.UnexecutedDecisionPolicy unexecuted = UnexecutedFormat.readPolicy(root);
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Set<String> configured = new HashSet<>();
    for (Node n : root.array("rules")) {
      String id = n.has("ruleId") ? n.string("ruleId") : null;
      RuleSetting setting = setting(n, id);
      if (id != null && !configured.add(id)) {
        errors.add(n.pointer("ruleId"), QmsErrorCode.DUPLICATE_ID, "one setting per rule", id);
      } else if (id != null && setting != null) {
        rules.put(id, setting);
      }
    }
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
                    .putAllRules(rules)
                    .addAllParts(riskPolicy == null ? List.of() : List.of(riskPolicy))
                    .addAllParts(unexecuted == null ? List.of() : List.of(unexecuted))
                    .addAllParts(timeliness == null ? List.of() : List.of(timeliness))
                    .build());
    errors.throwIfAny();
    return ruleSet;
  }

  /** A rule setting, checked against {@link #RULES}: known rule, known parameters in range. */
  private static RuleSetting setting(Node n, String id) {
    if (!n.object(RULE, "ruleId")) {
      return null;
    }
    Boolean enabled = n.bool("enabled");
    FindingSeverity severity = n.enumValue("severity", FindingSeverity.class);
    String basis = n.has("basis") ? n.string("basis") : null;
    Map<String, Integer> parameters = new LinkedHashMap<>();
    Optional<Node> given = n.child("parameters");
    if (given.isPresent() && given.get().object(names(given.get()))) {
      for (String name : names(given.get())) {
        Integer value = given.get().integer(name);
        if (value != null) {
          parameters.put(name, value);
        }
      }
    }
    if (id == null) {
      return null;
    }
    Optional<ComplianceRule> rule = RULES.rule(id);
    if (rule.isEmpty()) {
      n.errors()
          .add(
              n.pointer("ruleId"),
              QmsErrorCode.COMPLIANCE_RULE_UNKNOWN,
              "must name a registered rule, was \"" + id + "\"",
              id);
      return null;
    }
    boolean fits = true;
    for (Map.Entry<String, Integer> e : parameters.entrySet()) {
      String at = given.orElseThrow().pointer(e.getKey());
      Optional<RuleParameter> p =
          rule.get().parameters().stream().filter(x -> x.name().equals(e.getKey())).findFirst();
      if (p.isEmpty()) {
        n.errors()
            .add(at, QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN, "the rule " + id + " has no parameter \"" + e.getKey() + "\"", e.getKey());
        fits = false;
      } else if (e.getValue() < p.get().min() || e.getValue() > p.get().max()) {
        n.errors()
            .add(
                at,
                QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE,
                "must be in [" + p.get().min() + ", " + p.get().max() + "], was " + e.getValue(),
                e.getValue().toString());
        fits = false;
      }
    }
    if (!fits) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          RuleSetting.Builder b = RuleSetting.builder().putAllParameters(parameters);
          if (enabled != null) {
            b.enabled(enabled);
          }
          if (severity != null) {
            b.severity(severity);
          }
          if (basis != null) {
            b.basis(basis);
          }
          return b.build();
        });
  }

  private static Set<String> names(Node n) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (n.json().isObject()) {
      n.json().properties().forEach(e -> out.add(e.getKey()));
    }
    return out;
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
        .part(se.qms.core.unexecuted.UnexecutedDecisionPolicy.class)
        .ifPresent(p -> UnexecutedFormat.writePolicy(g, p));
    ruleSet
        .part(se.qms.core.lexsarah.LexSarahTimelinessPolicy.class)
        .ifPresent(p -> LexSarahFormat.writePolicy(g, p));
    QualitySystemWriter.array(
        g, "rules", List.copyOf(ruleSet.rules().entrySet()), (gen, e) -> setting(gen, e.getKey(), e.getValue()));
    g.writeEndObject();
  }

  private static void setting(JsonGenerator g, String ruleId, RuleSetting s) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", ruleId);
    if (!s.enabled()) {
      g.writeBooleanProperty("enabled", false);
    }
    s.severity().ifPresent(v -> g.writeStringProperty("severity", v.name()));
    QualitySystemWriter.optional(g, "basis", s.basis());
    if (!s.parameters().isEmpty()) {
      g.writeName("parameters");
      g.writeStartObject();
      s.parameters().forEach(g::writeNumberProperty);
      g.writeEndObject();
    }
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
      // a unit other than points is kept even without a delta: it is part of the target
      if (t.delta() != 0 || t.deltaUnit() != Target.DeltaUnit.POINTS) {
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
