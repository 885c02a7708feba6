package se.qms.core.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * Benign race: computed at most a few times, the same each time, and an array is published whole.
   */
  private volatile byte[] types;

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
    byte[] types = types();
    byte wanted = (byte) type.ordinal();
    int n = 0;
    for (byte t : types) {
      if (t == wanted) {
        n++;
      }
    }
    CaseRecord[] kept = new CaseRecord[n];
    int j = 0;
    for (int i = 0; i < types.length; i++) {
      if (types[i] == wanted) {
        kept[j++] = records[i];
      }
    }
    return new ImprovementStatistics(kept, categories, subjects);
  }

  /** The case type of each record, read once and kept, so that selections do not read records. */
  private byte[] types() {
    byte[] t = types;
    if (t == null) {
      t = new byte[records.length];
      for (int i = 0; i < t.length; i++) {
        t[i] = (byte) records[i].type().ordinal();
      }
      types = t;
    }
    return t;
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
    CaseRecord[] kept = new CaseRecord[records.length];
    int n = 0;
    for (CaseRecord r : records) {
      if (filter.test(r)) {
        kept[n++] = r;
      }
    }
    return new ImprovementStatistics(Arrays.copyOf(kept, n), categories, subjects);
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
    return tally(dimensions, DENSE_LIMIT);
  }

  /**
   * Counts in an array up to {@code denseLimit} combinations, in buckets above (tests use both).
   */
  Tally tally(List<Dimension> dimensions, long denseLimit) {
    Checks.present(dimensions, "dimensions");
    if (dimensions.isEmpty() || EnumSet.copyOf(dimensions).size() != dimensions.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "dimensions",
          dimensions,
          "must be one or more, each once");
    }
    List<Dimension> dims = List.copyOf(dimensions);
    int k = dims.size();
    Column[] cols = new Column[k];
    long[] stride = new long[k];
    long combinations = 1;
    buildColumns(dims);
    for (int j = k - 1; j >= 0; j--) {
      cols[j] = column(dims.get(j));
      stride[j] = combinations;
      combinations = Math.multiplyExact(combinations, cols[j].values.length + 1L);
    }
    Object[][] values = new Object[k][];
    for (int j = 0; j < k; j++) {
      values[j] = cols[j].values;
    }
    Tally.Keys keys = new Tally.Keys(dims, values, stride);
    int n = records.length;
    if (combinations <= denseLimit) {
      int[] counts = new int[(int) combinations];
      if (k == 1) {
        for (int code : cols[0].codes) {
          counts[code]++;
        }
      } else {
        for (int i = 0; i < n; i++) {
          long key = 0;
          for (int j = 0; j < k; j++) {
            key += cols[j].codes[i] * stride[j];
          }
          counts[(int) key]++;
        }
      }
      boolean listAll = k == 1 && cols[0].complete;
      int unknown = cols[0].values.length;
      int rows = 0;
      for (int key = 0; key < counts.length; key++) {
        if (counts[key] > 0 || listAll && key != unknown) {
          rows++;
        }
      }
      long[] rowKeys = new long[rows];
      int[] rowCounts = new int[rows];
      int r = 0;
      for (int key = 0; key < counts.length; key++) {
        if (counts[key] > 0 || listAll && key != unknown) {
          rowKeys[r] = key;
          rowCounts[r++] = counts[key];
        }
      }
      return new Tally(keys, rowKeys, rowCounts, n);
    }
    if (combinations <= Integer.MAX_VALUE) {
      int[] recordKeys = new int[n];
      for (int j = 0; j < k; j++) {
        int[] codes = cols[j].codes;
        int s = (int) stride[j];
        for (int i = 0; i < n; i++) {
          recordKeys[i] += codes[i] * s;
        }
      }
      return countSparse(keys, recordKeys, combinations);
    }
    long[] recordKeys = new long[n];
    for (int j = 0; j < k; j++) {
      int[] codes = cols[j].codes;
      long s = stride[j];
      for (int i = 0; i < n; i++) {
        recordKeys[i] += codes[i] * s;
      }
    }
    return countSparse(keys, recordKeys, combinations);
  }

  /** As {@link #countSparse(Tally.Keys, long[], long)}, for keys that fit in an int. */
  private static Tally countSparse(Tally.Keys keys, int[] recordKeys, long combinations) {
    int n = recordKeys.length;
    int bits = 64 - Long.numberOfLeadingZeros(combinations - 1);
    int passes = Math.max(1, (bits + 10) / 11);
    int digit = (bits + passes - 1) / passes;
    int mask = (1 << digit) - 1;
    int[] from = recordKeys;
    int[] to = new int[n];
    int[] start = new int[1 << digit];
    for (int shift = 0; shift < bits; shift += digit) {
      Arrays.fill(start, 0);
      for (int key : from) {
        start[(key >>> shift) & mask]++;
      }
      int sum = 0;
      for (int b = 0; b < start.length; b++) {
        int c = start[b];
        start[b] = sum;
        sum += c;
      }
      for (int key : from) {
        to[start[(key >>> shift) & mask]++] = key;
      }
      int[] t = from;
      from = to;
      to = t;
    }
    int rows = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        rows++;
      }
    }
    long[] rowKeys = new long[rows];
    int[] rowCounts = new int[rows];
    int r = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        rowKeys[++r] = from[i];
      }
      rowCounts[r]++;
    }
    return new Tally(keys, rowKeys, rowCounts, n);
  }

  /**
   * Counts keys from a space too large for an array: sorts them by a least-significant-digit radix
   * sort (digits of at most 11 bits, as few passes as the key space allows) and counts the runs.
   * The rows come out in key order.
   */
  private static Tally countSparse(Tally.Keys keys, long[] recordKeys, long combinations) {
    int n = recordKeys.length;
    int bits = 64 - Long.numberOfLeadingZeros(combinations - 1);
    int passes = Math.max(1, (bits + 10) / 11);
    int digit = (bits + passes - 1) / passes; // at most 11 bits, as even as the key allows
    int mask = (1 << digit) - 1;
    long[] from = recordKeys;
    long[] to = new long[n];
    int[] start = new int[1 << digit];
    for (int shift = 0; shift < bits; shift += digit) {
      Arrays.fill(start, 0);
      for (long key : from) {
        start[(int) (key >>> shift) & mask]++;
      }
      int sum = 0;
      for (int b = 0; b < start.length; b++) {
        int c = start[b];
        start[b] = sum;
        sum += c;
      }
      for (long key : from) {
        to[start[(int) (key >>> shift) & mask]++] = key;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    int rows = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        rows++;
      }
    }
    long[] rowKeys = new long[rows];
    int[] rowCounts = new int[rows];
    int r = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        rowKeys[++r] = from[i];
      }
      rowCounts[r]++;
    }
    return new Tally(keys, rowKeys, rowCounts, n);
  }

  /**
   * The share of records that led to a documented action, among those where it is known (seed 001:
   * 189 of 501 deviations); empty when it is known for none.
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

  /**
   * The change from the year before {@code year} to {@code year}; empty when the year before has
   * none.
   */
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
          QmsErrorCode.INCONSISTENT_VALUE,
          "dimension",
          dimension,
          "must not be a period dimension");
    }
    buildColumns(List.of(dimension, periodDimension));
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
        boolean rises =
            pc < p && totals[pc] > 0 && totals[pc - 1] > 0 && counts[vc][pc] > counts[vc][pc - 1];
        if (!rises) {
          if (pc - start >= policy.risingPeriods()) {
            out.add(
                pattern(
                    PatternKind.RISING, dimension, value, periods, counts[vc], totals, start, pc));
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
      buildColumns(List.of(d));
      c = columns.get(d.ordinal());
    }
    return c;
  }

  /**
   * Encodes every dimension of {@code dims} not yet encoded, in one pass over the records, so that
   * each record is read once however many dimensions a tally asks for.
   */
  private void buildColumns(List<Dimension> dims) {
    List<Dimension> pending = new ArrayList<>();
    for (Dimension d : dims) {
      if (columns.get(d.ordinal()) == null && !pending.contains(d)) {
        pending.add(d);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    int k = pending.size();
    int n = records.length;
    Dimension[] which = pending.toArray(new Dimension[0]);
    int[][] raw = new int[k][n];
    ValueDictionary[] dictionaries = new ValueDictionary[k];
    Taxonomy[] taxonomies = new Taxonomy[k];
    boolean[] complete = new boolean[k];
    for (int j = 0; j < k; j++) {
      Dimension d = which[j];
      if (d.periodKind().isEmpty()) {
        dictionaries[j] = new ValueDictionary();
        taxonomies[j] =
            d == Dimension.CATEGORY ? categories : d == Dimension.SUBJECT ? subjects : null;
        if (taxonomies[j] != null) {
          taxonomies[j].categories().forEach(dictionaries[j]::code);
          complete[j] = true;
        } else if (d == Dimension.KIND) {
          Arrays.stream(ComplaintKind.values()).forEach(dictionaries[j]::code);
          complete[j] = true;
        } else if (d == Dimension.SOURCE) {
          Arrays.stream(ComplaintSource.values()).forEach(dictionaries[j]::code);
          complete[j] = true;
        }
      }
    }
    PeriodKind[] kinds = new PeriodKind[k];
    for (int j = 0; j < k; j++) {
      kinds[j] = which[j].periodKind().orElse(null);
    }
    for (int i = 0; i < n; i++) {
      CaseRecord r = records[i];
      for (int j = 0; j < k; j++) {
        int code;
        if (kinds[j] == null) {
          Object v = r.valueOrNull(which[j]);
          code = v == null ? -1 : dictionaries[j].code(v);
        } else {
          Period p = r.periodOrNull();
          code = p == null ? -1 : periodCode(p, kinds[j]);
        }
        raw[j][i] = code;
      }
    }
    for (int j = 0; j < k; j++) {
      Column c =
          which[j].periodKind().isPresent()
              ? periodColumn(raw[j], which[j].periodKind().get())
              : valueColumn(raw[j], dictionaries[j].values(), taxonomies[j], complete[j]);
      columns.compareAndSet(which[j].ordinal(), null, c);
    }
  }

  /** Re-codes raw period codes (−1 unknown) to the range from the first to the last period. */
  private static Column periodColumn(int[] raw, PeriodKind kind) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int code : raw) {
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
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i] < 0 ? range : raw[i] - min;
    }
    return new Column(raw, values, true);
  }

  /**
   * year × periods per year + index − 1 of the period of {@code kind} that holds {@code p}; −1 if
   * none does.
   */
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

  /** Ranks dictionary codes (−1 unknown) in display order; unknown goes last. */
  private static Column valueColumn(
      int[] raw, List<Object> values, Taxonomy taxonomy, boolean complete) {
    Integer[] order = displayOrder(values, taxonomy);
    int[] rank = new int[order.length];
    Object[] ranked = new Object[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      ranked[r] = values.get(order[r]);
    }
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i] < 0 ? order.length : rank[raw[i]];
    }
    return new Column(raw, ranked, complete);
  }

  /**
   * The display order of a dimension's values: enums by declaration, categories by taxonomy then
   * label, text in Swedish alphabetical order ({@link SwedishOrder}). Sort keys are made once per
   * value.
   */
  private static Integer[] displayOrder(List<Object> values, Taxonomy taxonomy) {
    int n = values.size();
    String[] text = new String[n];
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      Object v = values.get(i);
      if (v instanceof Enum) {
        position[i] = ((Enum<?>) v).ordinal();
      } else if (v instanceof Category) {
        int at = taxonomy == null ? -1 : taxonomy.indexOf((Category) v);
        position[i] = at < 0 ? Integer.MAX_VALUE : at;
        text[i] = SwedishOrder.key(((Category) v).label());
      } else {
        text[i] = SwedishOrder.key(v.toString());
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Integer.compare(position[a], position[b]);
          if (c == 0 && text[a] != null) {
            c = text[a].compareTo(text[b]);
          }
          return c != 0
              ? c
              : TallyRow.codeOf(values.get(a)).compareTo(TallyRow.codeOf(values.get(b)));
        });
    return order;
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
