package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.Observation;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNumber;

/**
 * The lookups of one quality system, built once ({@link QualitySystem#index()}): positions by id
 * and by process number, the observations of each indicator, the indicators under each process,
 * the actions by the case or object they come from, each completed checklist's template and
 * outcome, and the years with cases.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class SystemIndex {
  private static final int[] NONE = new int[0];

  /** The process map's nodes in number order, fetched once. */
  final List<ProcessNode> processNodes;
  /** Per process node position, its category; null when it lies under none. */
  final ProcessCategory[] categories;
  final Map<ProcessNumber, Integer> processes;
  final Map<String, Integer> indicators;
  final IdIndex completedChecklists;
  final IdIndex followUpItems;
  final IdIndex complaints;
  final IdIndex actions;
  /** Per completed checklist position, whether its template's pass policy fails it (Ej godkänd). */
  final boolean[] checklistFailed;
  /** Per completed checklist position, its template. */
  final ChecklistTemplate[] checklistTemplates;
  /** Per indicator position, the positions of its observations in input order. */
  final int[][] observationsOfIndicator;
  /** Per process node position, the indicators that follow up the node or a node below it. */
  final int[][] indicatorsUnderProcess;
  /** The origin ids of actions not cancelled, sorted, beside the earliest registration (epoch day). */
  private final String[] origins;
  private final long[] originRegistered;
  /** The years in which complaints were received or deviations reported, ascending. */
  final int[] caseYears;
  /** The years with a recorded compilation. */
  final Set<Integer> compiledYears;

  private SystemIndex(QualitySystem s) {
    List<ProcessNode> nodes = s.processMap().nodes();
    processNodes = nodes;
    processes = positions(nodes, ProcessNode::number);
    categories = new ProcessCategory[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      categories[i] = s.processMap().categoryOf(nodes.get(i).number()).orElse(null);
    }
    Map<String, ChecklistTemplate> templates = new HashMap<>();
    s.checklistTemplates().forEach(t -> templates.put(t.id() + "\u0000" + t.version(), t));
    List<CompletedChecklist> done = s.completedChecklists();
    checklistFailed = new boolean[done.size()];
    checklistTemplates = new ChecklistTemplate[done.size()];
    for (int i = 0; i < done.size(); i++) {
      CompletedChecklist c = done.get(i);
      checklistTemplates[i] = templates.get(c.templateId() + "\u0000" + c.templateVersion());
      checklistFailed[i] = !checklistTemplates[i].evaluate(c).passed();
    }
    indicators = positions(s.indicators(), Indicator::id);
    completedChecklists = IdIndex.of(s.completedChecklists(), CompletedChecklist::id);
    followUpItems = IdIndex.of(s.followUpPlanItems(), i -> i.id());
    complaints = IdIndex.of(s.complaints(), Complaint::id);
    actions = IdIndex.of(s.actions(), ImprovementAction::id);

    List<Observation> observations = s.measureData().observations();
    int[] counts = new int[s.indicators().size()];
    int[] owner = new int[observations.size()];
    for (int i = 0; i < observations.size(); i++) {
      Integer at = indicators.get(observations.get(i).indicatorId());
      owner[i] = at == null ? -1 : at;
      if (at != null) {
        counts[at]++;
      }
    }
    observationsOfIndicator = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      observationsOfIndicator[i] = counts[i] == 0 ? NONE : new int[counts[i]];
      counts[i] = 0;
    }
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) {
        observationsOfIndicator[owner[i]][counts[owner[i]]++] = i;
      }
    }

    List<List<Integer>> under = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      under.add(null);
    }
    for (int i = 0; i < s.indicators().size(); i++) {
      Optional<ProcessNumber> p = s.indicators().get(i).process();
      while (p.isPresent()) {
        Integer node = processes.get(p.get());
        if (node != null) {
          if (under.get(node) == null) {
            under.set(node, new ArrayList<>(2));
          }
          under.get(node).add(i);
        }
        p = p.get().parent();
      }
    }
    indicatorsUnderProcess = new int[nodes.size()][];
    for (int i = 0; i < nodes.size(); i++) {
      List<Integer> list = under.get(i);
      indicatorsUnderProcess[i] =
          list == null ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
    }

    Map<String, LocalDate> byOrigin = new HashMap<>();
    for (ImprovementAction a : s.actions()) {
      if (a.originId().isPresent() && a.status() != ActionStatus.CANCELLED) {
        byOrigin.merge(a.originId().get(), a.registered(), (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    origins = byOrigin.keySet().toArray(new String[0]);
    Arrays.sort(origins);
    originRegistered = new long[origins.length];
    for (int i = 0; i < origins.length; i++) {
      originRegistered[i] = byOrigin.get(origins[i]).toEpochDay();
    }

    TreeSet<Integer> years = new TreeSet<>();
    for (Complaint c : s.complaints()) {
      years.add(c.received().getYear());
    }
    for (Deviation d : s.deviations()) {
      years.add(d.reported().getYear());
    }
    caseYears = years.stream().mapToInt(Integer::intValue).toArray();
    Set<Integer> compiled = new HashSet<>();
    s.compilations().forEach(c -> compiled.add(c.year()));
    compiledYears = compiled;
  }

  static SystemIndex of(QualitySystem system) {
    return new SystemIndex(system);
  }

  /** Whether an action not cancelled, registered on or before {@code asOf}, comes from {@code originId}. */
  boolean hasAction(String originId, LocalDate asOf) {
    int at = Arrays.binarySearch(origins, originId);
    return at >= 0 && originRegistered[at] <= asOf.toEpochDay();
  }

  /** The position of the element whose path is {@code prefix + id}, or -1. */
  static int lookup(IdIndex positions, String subject, String prefix) {
    return subject.startsWith(prefix) ? positions.get(subject.substring(prefix.length())) : -1;
  }

  /** The position of the element whose path is {@code prefix + key}, or -1. */
  static <K> int lookup(Map<K, Integer> positions, String subject, String prefix, Function<String, K> key) {
    if (!subject.startsWith(prefix)) {
      return -1;
    }
    K k;
    try {
      k = key.apply(subject.substring(prefix.length()));
    } catch (se.qms.core.QmsException e) {
      return -1;
    }
    Integer at = positions.get(k);
    return at == null ? -1 : at;
  }

  private static <T, K> Map<K, Integer> positions(List<T> items, Function<T, K> key) {
    Map<K, Integer> out = new HashMap<>(Math.max(4, items.size() * 4 / 3 + 1));
    for (int i = 0; i < items.size(); i++) {
      out.put(key.apply(items.get(i)), i);
    }
    return out;
  }
}
