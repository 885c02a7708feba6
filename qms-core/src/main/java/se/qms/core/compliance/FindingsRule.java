package se.qms.core.compliance;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import se.qms.core.internal.Checks;

/**
 * A compliance rule whose findings another engine of the library computes for a whole system at
 * once — the quarterly reporting of decisions not carried out, lex Sarah timeliness, lex Sarah
 * escalation. The engine names the objects it judges by path ({@code lexSarahCases/LS-7}) and
 * returns its findings; this rule keeps those with its own id and gives each to the object whose
 * path is the finding's subject or a {@code /}-separated prefix of it ({@code
 * unexecutedDecisionReports/2019-Q1} holds {@code unexecutedDecisionReports/2019-Q1/LSS/IVO}). An
 * incremental evaluation of one object therefore gives exactly its findings of the full one.
 *
 * <p>It lets a package contribute rules without the compliance package depending on it, which
 * would be a cycle: the package depends on compliance for {@link Finding}, not the other way.
 * Immutable and thread-safe.
 */
public final class FindingsRule implements ComplianceRule {
  /** One evaluation of one system: the objects judged and the findings on them. */
  public interface Judgement {
    /** The paths of the objects judged, unique, e.g. {@code lexSarahCases/LS-7}. */
    List<String> objects();

    /** The findings on those objects, of this rule and possibly others. */
    List<Finding> findings();

    /** A judgement of these objects with these findings. */
    static Judgement of(List<String> objects, List<Finding> findings) {
      List<String> o = List.copyOf(Checks.present(objects, "objects"));
      List<Finding> f = List.copyOf(Checks.present(findings, "findings"));
      return new Judgement() {
        @Override
        public List<String> objects() {
          return o;
        }

        @Override
        public List<Finding> findings() {
          return f;
        }
      };
    }
  }

  /** What a rule compiles to for a rule set: from a system and a day to a judgement. */
  public interface Judge {
    /** Judges a system as of a day; pure and thread-safe. */
    Judgement judge(QualitySystem system, LocalDate asOf);
  }

  /**
   * A compile function for several rules that read one judgement: every rule built with it gets the
   * same judge for a rule set, and that judge remembers its last judgement, so one evaluation of a
   * system judges it once for all of them. The memory holds the system weakly and is replaced by
   * the next system or day judged; concurrent evaluations of different systems stay correct, each
   * judging its own, and each thread remembers its own last judgement.
   *
   * @param compile from a rule set to a judge; called once per rule set
   */
  public static Function<RuleSet, Judge> shared(Function<RuleSet, Judge> compile) {
    Checks.present(compile, "compile");
    Map<RuleSet, Judge> judges = Collections.synchronizedMap(new WeakHashMap<>());
    return ruleSet -> judges.computeIfAbsent(ruleSet, rs -> remembering(compile.apply(rs)));
  }

  /** The last judgement of a judge: the system (held weakly), the day, and what was found. */
  private static final class Memo {
    final WeakReference<QualitySystem> system;
    final LocalDate asOf;
    final Judgement judgement;

    Memo(QualitySystem system, LocalDate asOf, Judgement judgement) {
      this.system = new WeakReference<>(system);
      this.asOf = asOf;
      this.judgement = judgement;
    }
  }

  private static Judge remembering(Judge judge) {
    // one memory per thread: threads evaluating different systems at once (evaluateAll on
    // several threads) would otherwise replace each other's judgement between two rules of a
    // family and judge the same system again for each rule
    ThreadLocal<Memo> last = new ThreadLocal<>();
    return (system, asOf) -> {
      Memo m = last.get();
      if (m != null && m.system.get() == system && m.asOf.equals(asOf)) {
        return m.judgement;
      }
      Judgement judgement = Indexed.of(judge.judge(system, asOf));
      last.set(new Memo(system, asOf, judgement));
      return judgement;
    };
  }

  /**
   * A judgement with the position of each object it judges, computed once for every rule that
   * reads it, so that a family of rules does not index the same objects once per rule.
   */
  private static final class Indexed implements Judgement {
    private final Judgement judgement;
    private final Map<String, Integer> positions;

    private Indexed(Judgement judgement) {
      this.judgement = judgement;
      List<String> objects = judgement.objects();
      this.positions = new HashMap<>(objects.size() * 4 / 3 + 1);
      for (int i = 0; i < objects.size(); i++) {
        positions.putIfAbsent(objects.get(i), i);
      }
    }

    static Indexed of(Judgement judgement) {
      return judgement instanceof Indexed
          ? (Indexed) judgement
          : new Indexed(Checks.present(judgement, "judgement"));
    }

    @Override
    public List<String> objects() {
      return judgement.objects();
    }

    @Override
    public List<Finding> findings() {
      return judgement.findings();
    }

    /** The position of the object a subject names or lies under, or -1. */
    int indexOf(String subject) {
      for (String path = subject; ; ) {
        Integer at = positions.get(path);
        if (at != null) {
          return at;
        }
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
          return -1;
        }
        path = path.substring(0, slash);
      }
    }
  }

  private final String id;
  private final FindingSeverity severity;
  private final String basis;
  private final String titleSv;
  private final String titleEn;
  private final Function<RuleSet, Judge> compile;

  private FindingsRule(
      String id, FindingSeverity severity, String basis, String titleSv, String titleEn, Function<RuleSet, Judge> compile) {
    this.id = id;
    this.severity = severity;
    this.basis = basis;
    this.titleSv = titleSv;
    this.titleEn = titleEn;
    this.compile = compile;
  }

  /**
   * A rule.
   *
   * @param id the stable rule id, as the findings carry it; not null
   * @param severity the default severity; not null
   * @param basis the provision the rule rests on; not blank
   * @param titleSv what it checks, in Swedish; not blank
   * @param titleEn what it checks, in English; not blank
   * @param compile from a rule set to the judge of that rule set, called once per engine; not null
   */
  public static FindingsRule of(
      String id,
      FindingSeverity severity,
      String basis,
      String titleSv,
      String titleEn,
      Function<RuleSet, Judge> compile) {
    return new FindingsRule(
        Checks.text(id, 100, "id"),
        Checks.present(severity, "severity"),
        Checks.text(basis, 500, "basis"),
        Checks.text(titleSv, 500, "titleSv"),
        Checks.text(titleEn, 500, "titleEn"),
        Checks.present(compile, "compile"));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return severity;
  }

  @Override
  public String basis() {
    return basis;
  }

  @Override
  public String titleSv() {
    return titleSv;
  }

  @Override
  public String titleEn() {
    return titleEn;
  }

  /**
   * One evaluation of one rule: the judgement's objects and this rule's findings by object
   * position. Only objects with findings hold a list, and the array exists only when the rule
   * found something.
   */
  static final class State {
    final Indexed judgement;
    List<Finding>[] findings;

    State(Indexed judgement) {
      this.judgement = judgement;
    }

    @SuppressWarnings("unchecked")
    void add(int at, Finding f) {
      if (findings == null) {
        findings = (List<Finding>[]) new List<?>[judgement.objects().size()];
      }
      if (findings[at] == null) {
        findings[at] = new ArrayList<>(1);
      }
      findings[at].add(f);
    }
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    Judge judge = compile.apply(ruleSet);
    return new RuleCheck<State>() {
      @Override
      public State prepare(QualitySystem system, LocalDate asOf) {
        State state = new State(Indexed.of(judge.judge(system, asOf)));
        for (Finding f : state.judgement.findings()) {
          int at = f.ruleId().equals(id) ? state.judgement.indexOf(f.subject()) : -1;
          if (at >= 0) {
            state.add(at, f);
          }
        }
        return state;
      }

      @Override
      public int size(State state) {
        return state.judgement.objects().size();
      }

      @Override
      public int indexOf(State state, String subject) {
        return state.judgement.indexOf(subject);
      }

      @Override
      public void check(State state, int index, FindingSink sink) {
        List<Finding> found = state.findings == null ? null : state.findings[index];
        if (found != null) {
          found.forEach(sink::add);
        }
      }
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
