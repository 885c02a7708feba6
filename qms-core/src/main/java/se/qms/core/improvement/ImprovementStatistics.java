package se.qms.core.improvement;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * The yearly compilation of complaints and deviations (SOSFS 2011:9 5 kap. 6 §: sammanställa och
 * analysera för att se mönster och trender): counts and exact shares by any combination of {@link
 * Dimension}s, year-on-year change, the share of cases that led to documented actions, and {@link
 * Pattern}s.
 *
 * <p>Built once from {@link CaseRecord}s; each dimension is encoded into an array of integer codes
 * on first use, so a tally of a million records costs one pass per dimension and one counting pass,
 * without boxing. Unknown values are counted as unknown, never as a value. Categories and subjects
 * are ordered, and listed with zero counts, by the taxonomies given with {@link
 * #withCategories(Taxonomy)} and {@link #withSubjects(Taxonomy)}.
 *
 * <p>Immutable and thread-safe: the encoded columns are computed at most once per dimension and
 * published safely.
 */
public final class ImprovementStatistics {
  /** Above this many possible combinations a tally counts in a hash table instead of an array. */
  private static final long DENSE_LIMIT = 1L << 22;

  private final CaseRecord[] records;
  private final Taxonomy categories;
  private final Taxonomy subjects;
  private final AtomicReferenceArray<Column> columns =
      new AtomicReferenceArray<>(Dimension.values().length);

  private ImprovementStatistics(CaseRecord[] records, Taxonomy categories, Taxonomy subjects) {
    this.records = records;
    this.categories = categories;
    this.subjects = subjects;
  }

  /**
   * Statistics over {@code records}.
   *
   * @param records not null, no null elements; may be empty
   */
  public static ImprovementStatistics of(Collection<? extends CaseRecord> records) {
    CaseRecord[] array = Checks.present(records, "records").toArray(new CaseRecord[0]);
    for (CaseRecord r : array) {
      Checks.present(r, "records[]");
    }
    return new ImprovementStatistics(array, null, null);
  }

  /** A copy that orders deviation categories by {@code taxonomy} and lists all of them. */
  public ImprovementStatistics withCategories(Taxonomy taxonomy) {
    return new ImprovementStatistics(records, Checks.present(taxonomy, "taxonomy"), subjects);
  }

  /** A copy that orders complaint subjects by {@code taxonomy} and lists all of them. */
  public ImprovementStatistics withSubjects(Taxonomy taxonomy) {
    return new ImprovementStatistics(records, categories, Checks.present(taxonomy, "taxonomy"));
  }

  /** The number of records. */
  public int size() {
    return records.length;
  }

  /** The records, in the order given. */
  public List<CaseRecord> records() {
    return List.of(records);
  }

  /** The records of one case type. */
  public ImprovementStatistics select(CaseType type) {
    Checks.present(type, "type");
    return where(r -> r.type() == type);
  }

  /** The records whose period lies within {@code period} (a record without period is left out). */
  public ImprovementStatistics within(Period period) {
    Checks.present(period, "period");
    return where(
        r ->
            r.period().isPresent()
                && !r.period().get().start().isBefore(period.start())
                && !r.period().get().end().isAfter(period.end()));
  }

  /** The records that satisfy {@code filter}. */
  public ImprovementStatistics where(Predicate<? super CaseRecord> filter) {
    Checks.present(filter, "filter");
    return new ImprovementStatistics(
        Arrays.stream(records).filter(filter).toArray(CaseRecord[]::new), categories, subjects);
  }

  /**
   * Counts the records by the given dimensions.
   *
   * @param dimensions one or more, no duplicates
   */
  public Tally tally(Dimension... dimensions) {
    return tally(Arrays.asList(Checks.present(dimensions, "dimensions")));
  }

  /**
   * Counts the records by the given dimensions.
   *
   * @param dimensions one or more, no duplicates
   */
  public Tally tally(List<Dimension> dimensions) {
    Checks.present(dimensions, "dimensions");
    if (dimensions.isEmpty() || EnumSet.copyOf(dimensions).size() != dimensions.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "dimensions", dimensions, "must be one or more, each once");
    }
    List<Dimension> dims = List.copyOf(dimensions);
    int k = dims.size();
    Column[] cols = new Column[k];
    long[] stride = new long[k];
    long combinations = 1;
    for (int j = k - 1; j >= 0; j--) {
      cols[j] = column(dims.get(j));
      stride[j] = combinations;
      combinations = Math.multiplyExact(combinations, cols[j].values.length + 1L);
    }
    int n = records.length;
    long[] keys = new long[n];
    for (int j = 0; j < k; j++) {
      int[] codes = cols[j].codes;
      long s = stride[j];
      for (int i = 0; i < n; i++) {
        keys[i] += codes[i] * s;
      }
    }
    List<TallyRow> rows = new ArrayList<>();
    boolean listAll = k == 1 && cols[0].complete;
    if (combinations <= DENSE_LIMIT) {
      int[] counts = new int[(int) combinations];
      for (long key : keys) {
        counts[(int) key]++;
      }
      int unknown = cols[0].values.length;
      for (int key = 0; key < counts.length; key++) {
        if (counts[key] > 0 || listAll && key != unknown) {
          rows.add(row(dims, cols, stride, key, counts[key]));
        }
      }
    } else {
      LongCountMap counts = new LongCountMap(Math.min(n, 1 << 20));
      for (long key : keys) {
        counts.increment(key);
      }
      for (long key : counts.sortedKeys()) {
        rows.add(row(dims, cols, stride, key, counts.get(key)));
      }
    }
    return new Tally(dims, List.copyOf(rows), n);
  }

  private TallyRow row(List<Dimension> dims, Column[] cols, long[] stride, long key, long count) {
    Object[] values = new Object[cols.length];
    for (int j = 0; j < cols.length; j++) {
      int code = (int) (key / stride[j] % (cols[j].values.length + 1L));
      values[j] = code == cols[j].values.length ? null : cols[j].values[code];
    }
    return new TallyRow(dims, values, count, records.length);
  }

  /**
   * The share of records that led to a documented action, among those where it is known (seed
   * 001: 189 of 501 deviations); empty when it is known for none.
   */
  public Optional<Ratio> shareLedToDocumentedAction() {
    long known = 0;
    long led = 0;
    for (CaseRecord r : records) {
      Optional<Boolean> b = r.ledToDocumentedAction();
      if (b.isPresent()) {
        known++;
        if (b.get()) {
          led++;
        }
      }
    }
    return known == 0 ? Optional.empty() : Optional.of(Ratio.share(led, known));
  }

  /** The number of records whose period lies within {@code period}. */
  public long count(Period period) {
    Checks.present(period, "period");
    Column c = column(Dimension.of(period.kind()));
    int index = Arrays.asList(c.values).indexOf(period);
    if (index < 0) {
      return 0;
    }
    long count = 0;
    for (int code : c.codes) {
      if (code == index) {
        count++;
      }
    }
    return count;
  }

  /**
   * The relative change in the number of records from one period to another, e.g. 2018 to 2019;
   * empty when the earlier period has none.
   */
  public Optional<Ratio> change(Period from, Period to) {
    long before = count(from);
    return before == 0 ? Optional.empty() : Optional.of(Ratio.change(before, count(to)));
  }

  /** The change from the year before {@code year} to {@code year}; empty when the year before has none. */
  public Optional<Ratio> yearOnYearChange(int year) {
    return change(Period.year(year - 1), Period.year(year));
  }

  /**
   * The patterns and trends of one dimension over periods of one kind: each known value whose count
   * rises strictly over at least {@link PatternPolicy#risingPeriods()} consecutive periods (a
   * period without any case breaks a run), and each value whose share of a period's cases exceeds
   * {@link PatternPolicy#shareThreshold()} with at least {@link PatternPolicy#minimumCount()}
   * cases. Periods run from the first to the last in which a record falls.
   *
   * @param dimension a dimension that is not a period
   * @param kind the length of the periods compared
   * @param policy the thresholds
   * @return patterns ordered by value, rising trends first
   */
  public List<Pattern> patterns(Dimension dimension, PeriodKind kind, PatternPolicy policy) {
    Checks.present(dimension, "dimension");
    Checks.present(policy, "policy");
    Dimension periodDimension = Dimension.of(Checks.present(kind, "kind"));
    if (dimension.periodKind().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "dimension", dimension, "must not be a period dimension");
    }
    Column values = column(dimension);
    Column periods = column(periodDimension);
    int v = values.values.length;
    int p = periods.values.length;
    long[][] counts = new long[v][p];
    long[] totals = new long[p];
    for (int i = 0; i < records.length; i++) {
      int pc = periods.codes[i];
      if (pc == p) {
        continue;
      }
      totals[pc]++;
      int vc = values.codes[i];
      if (vc < v) {
        counts[vc][pc]++;
      }
    }
    List<Pattern> out = new ArrayList<>();
    for (int vc = 0; vc < v; vc++) {
      Object value = values.values[vc];
      int start = 0;
      for (int pc = 1; pc <= p; pc++) {
        boolean rises = pc < p && totals[pc] > 0 && totals[pc - 1] > 0 && counts[vc][pc] > counts[vc][pc - 1];
        if (!rises) {
          if (pc - start >= policy.risingPeriods()) {
            out.add(pattern(PatternKind.RISING, dimension, value, periods, counts[vc], totals, start, pc));
          }
          start = pc;
        }
      }
      List<Integer> above = new ArrayList<>();
      for (int pc = 0; pc < p; pc++) {
        if (totals[pc] > 0
            && counts[vc][pc] >= policy.minimumCount()
            && Ratio.share(counts[vc][pc], totals[pc]).compareTo(policy.shareThreshold()) > 0) {
          above.add(pc);
        }
      }
      if (!above.isEmpty()) {
        Pattern.Builder b =
            Pattern.builder()
                .kind(PatternKind.SHARE_ABOVE_THRESHOLD)
                .dimension(dimension)
                .code(TallyRow.codeOf(value))
                .label(TallyRow.labelOf(value));
        for (int pc : above) {
          b.addPeriods((Period) periods.values[pc]).addCounts(counts[vc][pc]).addTotals(totals[pc]);
        }
        out.add(b.build());
      }
    }
    return List.copyOf(out);
  }

  private static Pattern pattern(
      PatternKind kind,
      Dimension dimension,
      Object value,
      Column periods,
      long[] counts,
      long[] totals,
      int from,
      int to) {
    Pattern.Builder b =
        Pattern.builder()
            .kind(kind)
            .dimension(dimension)
            .code(TallyRow.codeOf(value))
            .label(TallyRow.labelOf(value));
    for (int pc = from; pc < to; pc++) {
      b.addPeriods((Period) periods.values[pc]).addCounts(counts[pc]).addTotals(totals[pc]);
    }
    return b.build();
  }

  // ---- columns ----

  /**
   * One dimension encoded: per record the rank of its value (0 … values.length − 1 in display
   * order), or values.length when unknown.
   */
  private static final class Column {
    final int[] codes;
    final Object[] values;
    /** Whether values holds the dimension's whole domain (taxonomy, enum or period range). */
    final boolean complete;

    Column(int[] codes, Object[] values, boolean complete) {
      this.codes = codes;
      this.values = values;
      this.complete = complete;
    }
  }

  private Column column(Dimension d) {
    Column c = columns.get(d.ordinal());
    if (c == null) {
      c = d.periodKind().isPresent() ? periodColumn(d.periodKind().get()) : valueColumn(d);
      columns.compareAndSet(d.ordinal(), null, c);
      c = columns.get(d.ordinal());
    }
    return c;
  }

  private Column periodColumn(PeriodKind kind) {
    int n = records.length;
    int[] raw = new int[n];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Period p = records[i].period().orElse(null);
      int code = p == null ? -1 : periodCode(p, kind);
      raw[i] = code;
      if (code >= 0) {
        min = Math.min(min, code);
        max = Math.max(max, code);
      }
    }
    int range = min > max ? 0 : max - min + 1;
    Object[] values = new Object[range];
    for (int c = 0; c < range; c++) {
      int code = min + c;
      values[c] = Period.of(kind, code / kind.perYear(), code % kind.perYear() + 1);
    }
    for (int i = 0; i < n; i++) {
      raw[i] = raw[i] < 0 ? range : raw[i] - min;
    }
    return new Column(raw, values, true);
  }

  /** year × periods per year + index − 1 of the period of {@code kind} that holds {@code p}; −1 if none does. */
  private static int periodCode(Period p, PeriodKind kind) {
    int months = p.kind().months();
    int first = (p.index() - 1) * months; // 0-based month of the year
    int last = first + months - 1;
    int size = kind.months();
    if (first / size != last / size) {
      return -1;
    }
    return p.year() * kind.perYear() + first / size;
  }

  private Column valueColumn(Dimension d) {
    Map<Object, Integer> dictionary = new HashMap<>();
    List<Object> values = new ArrayList<>();
    boolean complete = false;
    Taxonomy taxonomy = d == Dimension.CATEGORY ? categories : d == Dimension.SUBJECT ? subjects : null;
    if (taxonomy != null) {
      taxonomy.categories().forEach(c -> add(dictionary, values, c));
      complete = true;
    } else if (d == Dimension.KIND) {
      Arrays.stream(ComplaintKind.values()).forEach(v -> add(dictionary, values, v));
      complete = true;
    } else if (d == Dimension.SOURCE) {
      Arrays.stream(ComplaintSource.values()).forEach(v -> add(dictionary, values, v));
      complete = true;
    }
    int n = records.length;
    int[] raw = new int[n];
    Object last = null;
    int lastCode = -1;
    for (int i = 0; i < n; i++) {
      Object v = value(records[i], d);
      if (v == null) {
        raw[i] = -1;
      } else if (v == last) {
        raw[i] = lastCode;
      } else {
        Integer code = dictionary.get(v);
        if (code == null) {
          code = add(dictionary, values, v);
        }
        raw[i] = code;
        last = v;
        lastCode = code;
      }
    }
    // rank the values in display order and re-code the records by rank; unknown goes last
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Comparator<Object> display = displayOrder(taxonomy);
    Arrays.sort(order, (a, b) -> display.compare(values.get(a), values.get(b)));
    int[] rank = new int[order.length];
    Object[] ranked = new Object[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      ranked[r] = values.get(order[r]);
    }
    for (int i = 0; i < n; i++) {
      raw[i] = raw[i] < 0 ? order.length : rank[raw[i]];
    }
    return new Column(raw, ranked, complete);
  }

  private static int add(Map<Object, Integer> dictionary, List<Object> values, Object v) {
    int code = values.size();
    dictionary.put(v, code);
    values.add(v);
    return code;
  }

  private static Object value(CaseRecord r, Dimension d) {
    switch (d) {
      case ORGANISATION:
        return r.organisation().orElse(null);
      case UNIT:
        return r.unit().orElse(null);
      case CATEGORY:
        return r.category().orElse(null);
      case KIND:
        return r.kind().orElse(null);
      case SUBJECT:
        return r.subject().orElse(null);
      case SOURCE:
        return r.source().orElse(null);
      default:
        throw new IllegalStateException(d.name()); // period dimensions have their own column
    }
  }

  /** Enums by declaration, categories by taxonomy then label, text in Swedish collation. */
  private static Comparator<Object> displayOrder(Taxonomy taxonomy) {
    Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
    Comparator<String> text = ((Comparator<String>) swedish::compare).thenComparing(Comparator.naturalOrder());
    return (a, b) -> {
      if (a instanceof Enum && b instanceof Enum) {
        return Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal());
      }
      if (a instanceof Category && b instanceof Category) {
        int ia = taxonomy == null ? -1 : taxonomy.indexOf((Category) a);
        int ib = taxonomy == null ? -1 : taxonomy.indexOf((Category) b);
        ia = ia < 0 ? Integer.MAX_VALUE : ia;
        ib = ib < 0 ? Integer.MAX_VALUE : ib;
        if (ia != ib) {
          return Integer.compare(ia, ib);
        }
        int c = text.compare(((Category) a).label(), ((Category) b).label());
        return c != 0 ? c : ((Category) a).code().compareTo(((Category) b).code());
      }
      return text.compare(a.toString(), b.toString());
    };
  }

  @Override
  public String toString() {
    Map<CaseType, Integer> byType = new LinkedHashMap<>();
    for (CaseRecord r : records) {
      byType.merge(r.type(), 1, Integer::sum);
    }
    return "ImprovementStatistics{" + byType + "}";
  }
}
