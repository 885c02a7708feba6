package se.qms.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Where {@link ReportContributor}s write: blocks per section, in the order added, and development
 * needs. Used by one generation only; not thread-safe.
 */
public final class ReportDraft {
  private final Map<SectionKind, List<ReportBlock>> blocks = new EnumMap<>(SectionKind.class);
  private final List<DevelopmentNeed> needs = new ArrayList<>();
  private final Set<String> tableIds = new HashSet<>();

  ReportDraft() {
    for (SectionKind k : SectionKind.values()) {
      blocks.put(k, new ArrayList<>());
    }
  }

  /**
   * Adds a block to a section.
   *
   * @throws InvalidValueException {@link QmsErrorCode#DUPLICATE_ID} for a table id already used
   */
  public ReportDraft add(SectionKind section, ReportBlock block) {
    Checks.present(section, "section");
    Checks.present(block, "block");
    if (block instanceof ReportTable && !tableIds.add(((ReportTable) block).id())) {
      throw InvalidValueException.violates(
          QmsErrorCode.DUPLICATE_ID, "tables.id", ((ReportTable) block).id(), "must be unique in a report");
    }
    blocks.get(section).add(block);
    return this;
  }

  /** Adds a paragraph to a section. */
  public ReportDraft paragraph(SectionKind section, Text text) {
    return add(section, Paragraph.of(text));
  }

  /** Adds a development need. */
  public ReportDraft need(DevelopmentNeed need) {
    needs.add(Checks.present(need, "need"));
    return this;
  }

  /** Whether a section has blocks yet. */
  public boolean isEmpty(SectionKind section) {
    return blocks.get(section).isEmpty();
  }

  List<ReportBlock> blocks(SectionKind section) {
    return blocks.get(section);
  }

  List<DevelopmentNeed> needs() {
    return needs;
  }
}
