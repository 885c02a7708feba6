package se.qms.core.report;

/**
 * Purpose and requirements: what the report is and the provisions it answers to (SOSFS 2011:9 7
 * kap. 1 § and its general advice; 4–6 kap. for the parts it covers).
 */
final class PurposeSection implements ReportContributor {
  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    String name = context.system().name();
    int year = context.year();
    draft.paragraph(
        SectionKind.PURPOSE,
        Text.of(
            "Kvalitetsberättelsen redovisar hur " + name + " under " + year
                + " har arbetat med att systematiskt och fortlöpande utveckla och säkra kvaliteten"
                + " i verksamheten, enligt Socialstyrelsens föreskrifter och allmänna råd om"
                + " ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9, 7 kap.).",
            "This quality report sets out how " + name + " worked in " + year
                + " to develop and secure the quality of its services systematically and"
                + " continuously, as required by the National Board of Health and Welfare's"
                + " regulations on management systems for systematic quality work (SOSFS 2011:9,"
                + " chapter 7)."));
    draft.paragraph(
        SectionKind.PURPOSE,
        Text.of(
            "Uppgifterna är sammanställda ur kvalitetssystemets register med regeluppsättningen \""
                + context.ruleSet().name() + "\". Tidsgränser är bedömda per "
                + context.asOf() + ". Varje tal i berättelsen kan spåras till de poster det"
                + " räknats fram ur.",
            "The figures are compiled from the quality system's records with the rule set \""
                + context.ruleSet().name() + "\". Time limits are judged as of "
                + context.asOf() + ". Every figure in the report can be traced to the records it"
                + " was computed from."));
  }
}
