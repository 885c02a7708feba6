package se.qms.core.report;

import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * A reference from a figure of a report to a record it was computed from: the collection of the
 * quality system's document and the record's id, such as {@code lexSarahCases/LS-2016-014} or
 * {@code observations/n00945@2016}.
 *
 * <p>Invariants: collection and id are non-blank (at most 200 and 500 characters). Immutable and
 * thread-safe.
 */
public final class RecordRef implements Comparable<RecordRef> {
  private final String collection;
  private final String id;

  private RecordRef(String collection, String id) {
    this.collection = collection;
    this.id = id;
  }

  /** A reference to the record {@code id} of {@code collection}. */
  public static RecordRef of(String collection, String id) {
    return new RecordRef(Checks.text(collection, 200, "collection"), Checks.text(id, 500, "id"));
  }

  /** The collection, named as in the JSON document: {@code lexSarahCases}, {@code risks}. */
  public String collection() {
    return collection;
  }

  /** The record's id within its collection. */
  public String id() {
    return id;
  }

  @Override
  public int compareTo(RecordRef other) {
    int c = collection.compareTo(other.collection);
    return c != 0 ? c : id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordRef
        && ((RecordRef) other).collection.equals(collection)
        && ((RecordRef) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(collection, id);
  }

  /** {@code collection/id}. */
  @Override
  public String toString() {
    return collection + "/" + id;
  }
}
