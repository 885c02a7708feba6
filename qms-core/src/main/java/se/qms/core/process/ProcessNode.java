package se.qms.core.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;

/**
 * One node of a process map: a category, purpose group, process area, process or sub-process.
 *
 * <p>Invariants: the title is non-blank (at most 500 characters); a description, when present, is
 * non-blank (at most 20 000 characters) — a missing description is {@link Optional#empty()}, never
 * "-" or ""; a category node names its {@link ProcessCategory} and no other node does;
 * ProcessIndex assessments are in chronological order. Where a node sits in the tree is checked by
 * {@link ProcessMap}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcessNode {
  ProcessNode() {}

  /** The node's number, unique in its map. */
  public abstract ProcessNumber number();

  /** The node's level. */
  public abstract ProcessNodeKind kind();

  /** The title, e.g. "Hantera klagomål och synpunkter". */
  public abstract String title();

  /** The description; empty where the organisation has written none. */
  public abstract Optional<String> description();

  /** For a category node, which category it is; empty for every other node. */
  public abstract Optional<ProcessCategory> category();

  /** The process owner (processägare). */
  public abstract Optional<PersonRef> owner();

  /** The process leader (processledare). */
  public abstract Optional<PersonRef> leader();

  /** Cooperations (samverkan) of the process. */
  public abstract List<Cooperation> cooperation();

  /** Routines describing the process's activities. */
  public abstract List<Routine> routines();

  /** ProcessIndex assessments, oldest first. */
  public abstract List<ProcessIndexAssessment> processIndexAssessments();

  /** The ProcessIndex development target, if one is set. */
  public abstract Optional<ProcessIndexTarget> processIndexTarget();

  /** Copy with another owner. */
  public abstract ProcessNode withOwner(PersonRef owner);

  /** Copy with another description. */
  public abstract ProcessNode withDescription(String description);

  /** Copy with another leader. */
  public abstract ProcessNode withLeader(PersonRef leader);

  /** Copy with other cooperations. */
  public abstract ProcessNode withCooperation(Iterable<? extends Cooperation> cooperation);

  /** Copy with other routines. */
  public abstract ProcessNode withRoutines(Iterable<? extends Routine> routines);

  /** Copy with another ProcessIndex target. */
  public abstract ProcessNode withProcessIndexTarget(ProcessIndexTarget target);

  /** A category node. */
  public static ProcessNode category(ProcessNumber number, ProcessCategory category, String title) {
    return builder()
        .number(number)
        .kind(ProcessNodeKind.CATEGORY)
        .category(category)
        .title(title)
        .build();
  }

  /** A node of any kind but category, without further attributes. */
  public static ProcessNode of(ProcessNumber number, ProcessNodeKind kind, String title) {
    return builder().number(number).kind(kind).title(title).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds nodes; number, kind and title are required. */
  public static final class Builder extends ImmutableProcessNode.Builder {
    Builder() {}
  }

  /** The latest assessed ProcessIndex level, if the process was ever assessed. */
  public OptionalInt processIndexLevel() {
    List<ProcessIndexAssessment> history = processIndexAssessments();
    return history.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(history.get(history.size() - 1).level());
  }

  /** The level of the latest assessment made on or before {@code asOf}. */
  public OptionalInt processIndexLevel(LocalDate asOf) {
    Checks.present(asOf, "asOf");
    List<ProcessIndexAssessment> history = processIndexAssessments();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (!history.get(i).date().isAfter(asOf)) {
        return OptionalInt.of(history.get(i).level());
      }
    }
    return OptionalInt.empty();
  }

  /** Progress towards the ProcessIndex target as of a date; empty when no target is set. */
  public Optional<ProcessIndexProgress> processIndexProgress(LocalDate asOf) {
    return processIndexTarget()
        .map(target -> ProcessIndexProgress.of(target, processIndexLevel(asOf), asOf));
  }

  @Value.Check
  final void check() {
    Checks.text(title(), 500, "title");
    description().ifPresent(d -> Checks.text(d, 20_000, "description"));
    boolean isCategory = kind() == ProcessNodeKind.CATEGORY;
    if (isCategory != category().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "category",
          category().map(Enum::name).orElse("absent"),
          isCategory ? "is required on a category node" : "is only allowed on a category node");
    }
    List<ProcessIndexAssessment> history = processIndexAssessments();
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).date().isBefore(history.get(i - 1).date())) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "processIndexAssessments[" + i + "].date",
            history.get(i).date(),
            "must not be before the previous assessment's date " + history.get(i - 1).date());
      }
    }
  }
}
