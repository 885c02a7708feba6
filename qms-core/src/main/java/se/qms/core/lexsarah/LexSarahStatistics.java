package se.qms.core.lexsarah;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Dimension;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;

/**
 * The yearly compilation of lex Sarah reports (SOSFS 2011:9 5 kap. 6 §: sammanställa och analysera
 * för att se mönster och trender), as seed 000 §4.3.2.1 prints it: reports per year and nämnd, per
 * tertial and unit, categories per nämnd, the individuals concerned, the notifications to IVO and
 * the change from the year before ("en ökning med 27 %": 85 to 108).
 *
 * <p>A report counts once as a report and once in each of its categories: in a {@link
 * #table(LexSarahDimension...) table} with the category dimension the total is the number of
 * categories the reports carry ({@link #categoryMentions()}), in any other table the number of
 * reports. Reports are placed in periods by the day they were reported, notifications by the day
 * they were made. Counts are exact; shares and changes are exact {@link Ratio}s, rounded only for
 * display (largest remainder for a set of shares). Committees and units are labelled and ordered
 * by the organisation given with {@link #withOrganisation(Organisation)}, else by id.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexSarahStatistics {
  private final List<LexSarahCase> cases;
  private final Organisation organisation;

  private LexSarahStatistics(List<LexSarahCase> cases, Organisation organisation) {
    this.cases = cases;
    this.organisation = organisation;
  }

  /**
   * Statistics over {@code cases}.
   *
   * @param cases not null, no null elements; may be empty
   */
  public static LexSarahStatistics of(Collection<? extends LexSarahCase> cases) {
    Checks.present(cases, "cases");
    List<LexSarahCase> copy = new ArrayList<>(cases.size());
    for (LexSarahCase c : cases) {
      copy.add(Checks.present(c, "cases[]"));
    }
    return new LexSarahStatistics(List.copyOf(copy), null);
  }

  /** Statistics over the cases of a register. */
  public static LexSarahStatistics of(LexSarahRegister register) {
    return of(Checks.present(register, "register").cases());
  }

  /** A copy that labels committees and units by their names and orders them as the organisation. */
  public LexSarahStatistics withOrganisation(Organisation organisation) {
    return new LexSarahStatistics(cases, Checks.present(organisation, "organisation"));
  }

  /** The cases, in the order given. */
  public List<LexSarahCase> cases() {
    return cases;
  }

  /** The number of reports. */
  public long reports() {
    return cases.size();
  }

  /** The number of categories the reports carry: each report's categories, added up. */
  public long categoryMentions() {
    long n = 0;
    for (LexSarahCase c : cases) {
      n += c.categories().size();
    }
    return n;
  }

  /**
   * The number of individuals the reports concern, added up over the reports where it is known
   * ({@link LexSarahCase#individualsConcerned()}); seed 000: 110 individuals in 108 reports.
   */
  public long individuals() {
    long n = 0;
    for (LexSarahCase c : cases) {
      OptionalInt k = c.individualsConcerned();
      if (k.isPresent()) {
        n += k.getAsInt();
      }
    }
    return n;
  }

  /** The number of reports whose number of individuals is not known. */
  public long reportsWithoutIndividualCount() {
    return cases.stream().filter(c -> c.individualsConcerned().isEmpty()).count();
  }

  /** The reports made within {@code period}. */
  public LexSarahStatistics within(Period period) {
    Checks.present(period, "period");
    return where(c -> period.contains(c.reported()));
  }

  /** The reports that satisfy {@code filter}. */
  public LexSarahStatistics where(Predicate<? super LexSarahCase> filter) {
    Checks.present(filter, "filter");
    List<LexSarahCase> kept = new ArrayList<>();
    for (LexSarahCase c : cases) {
      if (filter.test(c)) {
        kept.add(c);
      }
    }
    return new LexSarahStatistics(List.copyOf(kept), organisation);
  }

  /** The number of reports made within {@code period}. */
  public long count(Period period) {
    Checks.present(period, "period");
    return cases.stream().filter(c -> period.contains(c.reported())).count();
  }

  /**
   * The relative change in the number of reports from one period to another; empty when the
   * earlier period has none.
   */
  public Optional<Ratio> change(Period from, Period to) {
    long before = count(from);
    return before == 0 ? Optional.empty() : Optional.of(Ratio.change(before, count(to)));
  }

  /**
   * The change from the year before {@code year} to {@code year}: seed 000 §4.3.2.1, 85 reports in
   * 2015 and 108 in 2016, is {@code 23/85}, "en ökning med 27 %"; empty when the year before has
   * none.
   */
  public Optional<Ratio> yearOnYearChange(int year) {
    return change(Period.year(year - 1), Period.year(year));
  }

  /**
   * The number of notifications to IVO made within {@code period}, by the day of the notification
   * (a notification whose day the history does not give is not counted).
   */
  public long notifiedToIvo(Period period) {
    Checks.present(period, "period");
    return cases.stream()
        .filter(c -> c.notified().map(period::contains).orElse(false))
        .count();
  }

  /**
   * Counts the reports by the given dimensions (see {@link LexSarahTable}).
   *
   * @param dimensions one or more, each once
   */
  public LexSarahTable table(LexSarahDimension... dimensions) {
    return table(Arrays.asList(Checks.present(dimensions, "dimensions")));
  }

  /**
   * Counts the reports by the given dimensions (see {@link LexSarahTable}).
   *
   * @param dimensions one or more, each once
   * @throws InvalidValueException with {@link QmsErrorCode#INCONSISTENT_VALUE} for none or a
   *     repeated dimension
   */
  public LexSarahTable table(List<LexSarahDimension> dimensions) {
    Checks.present(dimensions, "dimensions");
    dimensions.forEach(d -> Checks.present(d, "dimensions[]"));
    if (dimensions.isEmpty() || EnumSet.copyOf(dimensions).size() != dimensions.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "dimensions", dimensions, "must be one or more, each once");
    }
    List<LexSarahDimension> dims = List.copyOf(dimensions);
    int k = dims.size();
    Map<List<Object>, long[]> counts = new HashMap<>();
    long total = 0;
    for (LexSarahCase c : cases) {
      List<List<Object>> values = new ArrayList<>(k);
      for (LexSarahDimension d : dims) {
        values.add(values(c, d));
      }
      total += addCombinations(values, new Object[k], 0, counts);
    }
    if (k == 1 && complete(dims.get(0))) {
      for (Object v : domain(dims.get(0), counts.keySet())) {
        counts.computeIfAbsent(Arrays.asList(v), key -> new long[1]);
      }
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    List<Comparator<Object>> order = new ArrayList<>(k);
    for (LexSarahDimension d : dims) {
      order.add(order(d, collator));
    }
    List<List<Object>> keys = new ArrayList<>(counts.keySet());
    keys.sort(
        (a, b) -> {
          for (int j = 0; j < k; j++) {
            int c = order.get(j).compare(a.get(j), b.get(j));
            if (c != 0) {
              return c;
            }
          }
          return 0;
        });
    List<LexSarahRow> rows = new ArrayList<>(keys.size());
    for (List<Object> key : keys) {
      List<String> codes = new ArrayList<>(k);
      List<String> labels = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        codes.add(code(key.get(j)));
        labels.add(label(dims.get(j), key.get(j)));
      }
      rows.add(new LexSarahRow(dims, codes, labels, counts.get(key)[0], total));
    }
    return new LexSarahTable(dims, rows, total);
  }

  /** Counts every combination of the values from position {@code j} on; returns how many. */
  private static long addCombinations(
      List<List<Object>> values, Object[] key, int j, Map<List<Object>, long[]> counts) {
    if (j == key.length) {
      counts.computeIfAbsent(Arrays.asList(key.clone()), x -> new long[1])[0]++;
      return 1;
    }
    long n = 0;
    for (Object v : values.get(j)) {
      key[j] = v;
      n += addCombinations(values, key, j + 1, counts);
    }
    return n;
  }

  /** The values of one case in one dimension: one, or for categories each (unknown when none). */
  private static List<Object> values(LexSarahCase c, LexSarahDimension d) {
    if (d.periodKind().isPresent()) {
      return List.of(Period.containing(d.periodKind().get(), c.reported()));
    }
    switch (d) {
      case COMMITTEE:
        return List.of(c.committeeId());
      case UNIT:
        return Arrays.asList(c.unitId().orElse(null));
      case PROVIDER:
        return List.of(c.provider());
      case CATEGORY:
        return c.categories().isEmpty() ? Arrays.asList((Object) null) : new ArrayList<>(c.categories());
      default:
        return Arrays.asList(c.assessment().orElse(null));
    }
  }

  /** Whether a one-dimension table lists the dimension's whole domain. */
  private static boolean complete(LexSarahDimension d) {
    return d != LexSarahDimension.COMMITTEE && d != LexSarahDimension.UNIT;
  }

  /** The whole domain of a complete dimension: its enum, or the periods between the first and last. */
  private static List<Object> domain(LexSarahDimension d, Collection<List<Object>> keys) {
    if (d.periodKind().isPresent()) {
      Period first = null;
      Period last = null;
      for (List<Object> key : keys) {
        Period p = (Period) key.get(0);
        first = first == null || p.compareTo(first) < 0 ? p : first;
        last = last == null || p.compareTo(last) > 0 ? p : last;
      }
      List<Object> out = new ArrayList<>();
      for (Period p = first; p != null && p.compareTo(last) <= 0; p = p.next()) {
        out.add(p);
      }
      return out;
    }
    switch (d) {
      case PROVIDER:
        return Arrays.asList((Object[]) ProviderKind.values());
      case CATEGORY:
        return Arrays.asList((Object[]) LexSarahCategory.values());
      default:
        return Arrays.asList((Object[]) LexSarahAssessment.values());
    }
  }

  /** The order of a dimension's values, unknown (null) last. */
  private Comparator<Object> order(LexSarahDimension d, Collator collator) {
    Comparator<Object> known;
    if (d.periodKind().isPresent()) {
      known = (a, b) -> ((Period) a).compareTo((Period) b);
    } else if (d == LexSarahDimension.COMMITTEE || d == LexSarahDimension.UNIT) {
      Map<String, Integer> position = new HashMap<>();
      if (organisation != null) {
        List<OrganisationUnit> units = organisation.units();
        for (int i = 0; i < units.size(); i++) {
          position.put(units.get(i).id(), i);
        }
      }
      known =
          Comparator.<Object>comparingInt(v -> position.getOrDefault((String) v, Integer.MAX_VALUE))
              .thenComparing(v -> (String) v, collator)
              .thenComparing(v -> (String) v);
    } else {
      known = Comparator.comparingInt(v -> ((Enum<?>) v).ordinal());
    }
    return Comparator.nullsLast(known);
  }

  private static String code(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
  }

  private String label(LexSarahDimension d, Object value) {
    if (value == null) {
      return Dimension.UNKNOWN_LABEL;
    }
    if (value instanceof LexSarahCategory) {
      return ((LexSarahCategory) value).swedish();
    }
    if (value instanceof LexSarahAssessment) {
      return ((LexSarahAssessment) value).swedish();
    }
    if (value instanceof ProviderKind) {
      return ((ProviderKind) value).swedish();
    }
    if ((d == LexSarahDimension.COMMITTEE || d == LexSarahDimension.UNIT) && organisation != null) {
      return organisation.unit((String) value).map(OrganisationUnit::name).orElse((String) value);
    }
    return value.toString();
  }

  @Override
  public String toString() {
    return "LexSarahStatistics{" + cases.size() + " reports}";
  }
}
