package se.qms.core.report;

import java.util.List;

/** The core's report contributors, in the order their blocks appear within a section. */
final class CoreSections {
  private CoreSections() {}

  static List<ReportContributor> all() {
    return List.of(
        new PurposeSection(),
        new ManagementSystemSection(),
        new MeasureSections(),
        new ProcessIndexSection(),
        new SelfInspectionSection(),
        new ImprovementSections(),
        new LexSarahSection(),
        new UnexecutedSection(),
        new ActionSection(),
        new OverdueNeeds());
  }
}
