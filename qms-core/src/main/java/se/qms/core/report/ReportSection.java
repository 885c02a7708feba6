package se.qms.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * One section of a kvalitetsberättelse: its kind, number and title, and its blocks in reading
 * order.
 *
 * <p>Invariants: the number is the section's position in the report, from 1; the blocks are
 * non-null. A section without records says so in a paragraph rather than being left out, so that
 * a reader sees what the report does not cover. Immutable and thread-safe.
 */
public final class ReportSection {
  private final SectionKind kind;
  private final int number;
  private final List<ReportBlock> blocks;

  private ReportSection(SectionKind kind, int number, List<ReportBlock> blocks) {
    this.kind = kind;
    this.number = number;
    this.blocks = blocks;
  }

  /** A section. */
  public static ReportSection of(SectionKind kind, int number, List<ReportBlock> blocks) {
    Checks.present(kind, "kind");
    Checks.inRange(number, 1, SectionKind.values().length, "number");
    return new ReportSection(kind, number, List.copyOf(Checks.present(blocks, "blocks")));
  }

  /** The kind of section. */
  public SectionKind kind() {
    return kind;
  }

  /** The section number, from 1. */
  public int number() {
    return number;
  }

  /** The title. */
  public Text title() {
    return kind.title();
  }

  /** The blocks, in reading order. */
  public List<ReportBlock> blocks() {
    return blocks;
  }

  /** The tables among the blocks. */
  public List<ReportTable> tables() {
    List<ReportTable> out = new ArrayList<>();
    for (ReportBlock b : blocks) {
      if (b instanceof ReportTable) {
        out.add((ReportTable) b);
      }
    }
    return out;
  }

  ReportSection withBlocks(List<ReportBlock> replaced) {
    return new ReportSection(kind, number, List.copyOf(replaced));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportSection
        && ((ReportSection) other).kind == kind
        && ((ReportSection) other).number == number
        && ((ReportSection) other).blocks.equals(blocks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, blocks);
  }

  @Override
  public String toString() {
    return number + " " + kind.title() + " " + blocks.size() + " blocks";
  }
}
