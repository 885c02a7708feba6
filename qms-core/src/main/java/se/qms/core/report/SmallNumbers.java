package se.qms.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks small counts for a public edition, so that neither a cell nor a difference of printed
 * figures reveals a count from 1 to threshold − 1.
 *
 * <ol>
 *   <li>Primary: every count or share whose count is hidden by the {@link Disclosure}.
 *   <li>Shares: a share is masked with its count, and a count with its share, in every row of a
 *       shares relation.
 *   <li>Totals: where a total's parts have exactly one masked cell and the total is shown, the
 *       smallest other shown part is masked too (or, without one, the total), so the difference
 *       of the total and the other parts does not reveal it; and where a total is masked and its
 *       parts all shown, the smallest part is masked, so their sum does not reveal it.
 *   <li>Changes: a year-on-year change is masked with either figure it compares.
 *   <li>Across tables: a count of exactly the same records (in any order) is masked in every table
 *       once it is masked in one.
 * </ol>
 *
 * A cell masked in step 1 (or a share of such a count) reads as the edition's marker, {@code <3};
 * a cell masked only to protect another reads {@code ..}, so that no large figure is printed as
 * small. Steps 2–5 repeat until nothing changes, which ends since each pass only adds masks. Paragraphs
 * that state figures (those with sources) are left out of a public edition: their numbers are not
 * cells that can be masked, and the tables carry the same figures masked.
 */
final class SmallNumbers {
  /**
   * What a cell masked to protect another shows: not {@code <3}, since its own value may be large,
   * but {@code ..} ("cannot be shown").
   */
  static final String SECONDARY = "..";

  private SmallNumbers() {}

  static List<ReportSection> mask(List<ReportSection> sections, Disclosure disclosure) {
    List<Grid> grids = new ArrayList<>();
    for (ReportSection s : sections) {
      for (ReportTable t : s.tables()) {
        grids.add(new Grid(t));
      }
    }
    Set<Set<RecordRef>> maskedSources = new HashSet<>();
    for (Grid g : grids) {
      for (int r = 0; r < g.masked.length; r++) {
        for (int c = 0; c < g.masked[r].length; c++) {
          ReportCell cell = g.cell(r, c);
          if (counted(cell) && disclosure.hides(cell.count().getAsLong())) {
            g.masked[r][c] = true;
            maskedSources.add(new HashSet<>(cell.sources()));
          }
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Grid g : grids) {
        changed |= g.acrossTables(maskedSources);
        changed |= g.relations(maskedSources);
      }
    }
    List<ReportSection> out = new ArrayList<>();
    int i = 0;
    for (ReportSection s : sections) {
      List<ReportBlock> blocks = new ArrayList<>();
      for (ReportBlock b : s.blocks()) {
        if (b instanceof ReportTable) {
          blocks.add(grids.get(i++).masked(disclosure));
        } else if (b instanceof HeatMap) {
          blocks.add(maskHeatMap((HeatMap) b, disclosure));
        } else if (((Paragraph) b).sources().isEmpty()) {
          blocks.add(b);
        }
      }
      if (blocks.isEmpty()) {
        blocks.add(
            Paragraph.of(
                Text.of(
                    "Avsnittets uppgifter redovisas inte i den offentliga versionen.",
                    "The figures of this section are not shown in the public edition.")));
      }
      out.add(s.withBlocks(blocks));
    }
    return out;
  }

  /** A heat map keeps its colours; its small counts are masked (the figure prints no totals). */
  private static HeatMap maskHeatMap(HeatMap map, Disclosure disclosure) {
    return map.maskedBelow(disclosure.threshold());
  }

  static boolean counted(ReportCell cell) {
    return cell.kind() == ReportCell.Kind.COUNT || cell.kind() == ReportCell.Kind.SHARE;
  }

  /** A table's cells and which are masked. */
  private static final class Grid {
    final ReportTable table;
    final boolean[][] masked;

    Grid(ReportTable table) {
      this.table = table;
      this.masked = new boolean[table.rows().size()][table.columns().size()];
    }

    ReportCell cell(int r, int c) {
      return table.rows().get(r).cell(c);
    }

    boolean set(int r, int c, Set<Set<RecordRef>> maskedSources) {
      if (masked[r][c]) {
        return false;
      }
      masked[r][c] = true;
      if (counted(cell(r, c))) {
        maskedSources.add(new HashSet<>(cell(r, c).sources()));
      }
      return true;
    }

    boolean acrossTables(Set<Set<RecordRef>> maskedSources) {
      boolean changed = false;
      for (int r = 0; r < masked.length; r++) {
        for (int c = 0; c < masked[r].length; c++) {
          ReportCell cell = cell(r, c);
          if (!masked[r][c] && counted(cell) && cell.count().getAsLong() > 0
              && maskedSources.contains(new HashSet<>(cell.sources()))) {
            changed |= set(r, c, maskedSources);
          }
        }
      }
      return changed;
    }

    boolean relations(Set<Set<RecordRef>> maskedSources) {
      boolean changed = false;
      for (ReportTable.Relation rel : table.relations()) {
        switch (rel.kind) {
          case SHARES:
            for (int r = 0; r < masked.length; r++) {
              if (masked[r][rel.columns[0]] != masked[r][rel.columns[1]]) {
                changed |= set(r, rel.columns[0], maskedSources);
                changed |= set(r, rel.columns[1], maskedSources);
              }
            }
            break;
          case COLUMN_TOTALS:
            for (int c = 0; c < table.columns().size(); c++) {
              int[] cells = rel.rows;
              changed |= complement(cells, rel.target, c, true, maskedSources);
            }
            break;
          case ROW_TOTALS:
            for (int r = 0; r < masked.length; r++) {
              changed |= complement(rel.columns, rel.target, r, false, maskedSources);
            }
            break;
          default:
            for (int r = 0; r < masked.length; r++) {
              if (masked[r][rel.columns[0]] || masked[r][rel.columns[1]]) {
                changed |= set(r, rel.columns[2], maskedSources);
              }
            }
            break;
        }
      }
      return changed;
    }

    /**
   * Masks a second part (or the total) where exactly one part of a shown total is masked, and a
   * part where a masked total's parts are all shown.
   */
    private boolean complement(
        int[] parts, int total, int fixed, boolean byRow, Set<Set<RecordRef>> maskedSources) {
      int maskedParts = 0;
      int smallest = -1;
      long smallestCount = Long.MAX_VALUE;
      for (int p : parts) {
        int r = byRow ? p : fixed;
        int c = byRow ? fixed : p;
        if (masked[r][c]) {
          maskedParts++;
        } else if (counted(cell(r, c))) {
          long n = cell(r, c).count().getAsLong();
          if (n > 0 && n < smallestCount) {
            smallestCount = n;
            smallest = p;
          }
        }
      }
      int tr = byRow ? total : fixed;
      int tc = byRow ? fixed : total;
      if (!counted(cell(tr, tc))) {
        return false;
      }
      if (masked[tr][tc]) {
        // a masked total whose parts are all shown is their sum: one part goes too
        return maskedParts == 0 && smallest >= 0
            && set(byRow ? smallest : fixed, byRow ? fixed : smallest, maskedSources);
      }
      if (maskedParts != 1) {
        return false;
      }
      if (smallest < 0) {
        return set(tr, tc, maskedSources);
      }
      return set(byRow ? smallest : fixed, byRow ? fixed : smallest, maskedSources);
    }

    ReportTable masked(Disclosure disclosure) {
      List<ReportRow> rows = new ArrayList<>();
      for (int r = 0; r < masked.length; r++) {
        ReportRow row = table.rows().get(r);
        List<ReportCell> cells = new ArrayList<>(row.cells());
        for (int c = 0; c < cells.size(); c++) {
          if (masked[r][c]) {
            ReportCell cell = cells.get(c);
            boolean small = counted(cell) && disclosure.hides(cell.count().getAsLong());
            cells.set(c, cell.masked(small ? disclosure.marker() : SECONDARY));
          }
        }
        rows.add(row.withCells(cells));
      }
      return table.withRows(rows);
    }
  }
}
