package se.qms.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes the ranked development needs into the analysis section. */
final class Needs {
  private Needs() {}

  static void write(List<DevelopmentNeed> ranked, ReportDraft draft) {
    SectionKind at = SectionKind.ANALYSIS;
    if (ranked.isEmpty()) {
      draft.paragraph(
          at,
          Text.of(
              "Inga utvecklingsbehov följer av registren: inga röda mått, kritiska risker, försenade"
                  + " ärenden, ej godkända egenkontroller eller processer under målnivå.",
              "The records show no development needs: no red measures, critical risks, overdue"
                  + " items, failed self-inspections or processes below their target level."));
      return;
    }
    Map<NeedKind, Integer> perKind = new EnumMap<>(NeedKind.class);
    ranked.forEach(n -> perKind.merge(n.kind(), 1, Integer::sum));
    List<String> sv = new ArrayList<>();
    List<String> en = new ArrayList<>();
    perKind.forEach(
        (k, n) -> {
          sv.add(k.title().sv().toLowerCase(java.util.Locale.ROOT) + " " + n);
          en.add(k.title().en().toLowerCase(java.util.Locale.ROOT) + " " + n);
        });
    draft.paragraph(
        at,
        Text.of(
            "Utvecklingsbehoven härleds ur registren, inte ur fritext, och rangordnas efter slag och"
                + " tyngd: " + String.join(", ", sv) + ".",
            "The development needs are derived from the records, not typed in, and ranked by kind and"
                + " weight: " + String.join(", ", en) + "."));
    ReportTable.Builder t =
        ReportTable.builder(
                "development-needs",
                Text.of("Utvecklingsbehov i rangordning", "Development needs, ranked"),
                Text.of("Rang", "Rank"))
            .columns(
                Text.of("Slag", "Kind"),
                Text.of("Avser", "Concerns"),
                Text.of("Behov", "Need"),
                Text.of("Underlag (poster)", "Basis (records)"));
    for (int i = 0; i < ranked.size(); i++) {
      DevelopmentNeed n = ranked.get(i);
      t.row(
          ReportRow.of(
              Text.of(Integer.toString(i + 1)),
              List.of(
                  ReportCell.text(n.kind().title()),
                  ReportCell.text(n.subject()),
                  ReportCell.text(n.description()),
                  ReportCell.count(n.sources().size(), n.sources()))));
    }
    draft.add(at, t.build());
  }
}
