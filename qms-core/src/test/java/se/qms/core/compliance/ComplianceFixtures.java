package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.List;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/** Small quality systems for the compliance tests. */
final class ComplianceFixtures {
  static final PersonRef OWNER = PersonRef.of("po-1", "Processägare");

  private ComplianceFixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** One unit {@code e1} under a nämnd. */
  static Organisation organisation() {
    return Organisation.of(
        List.of(
            OrganisationUnit.of("n", "Socialnämnden", UnitKind.NAMND),
            OrganisationUnit.of("e1", "Enhet 1", UnitKind.ENHET, "n")));
  }

  /** A core category 2.1 with area 2.1.1 and a support category 2.2 with area 2.2.1, plus processes. */
  static ProcessMap map(ProcessNode... processes) {
    List<ProcessNode> nodes = new java.util.ArrayList<>();
    nodes.add(ProcessNode.category(ProcessNumber.parse("2.1"), ProcessCategory.HUVUD, "Huvudprocesser"));
    nodes.add(ProcessNode.of(ProcessNumber.parse("2.1.1"), ProcessNodeKind.AREA, "Utföra insatser"));
    nodes.add(ProcessNode.category(ProcessNumber.parse("2.2"), ProcessCategory.STOD, "Stödprocesser"));
    nodes.add(ProcessNode.of(ProcessNumber.parse("2.2.1"), ProcessNodeKind.AREA, "Stödja"));
    nodes.addAll(List.of(processes));
    return ProcessMap.of(nodes);
  }

  static ProcessNode process(String number, boolean owned) {
    ProcessNode.Builder b =
        ProcessNode.builder().number(ProcessNumber.parse(number)).kind(ProcessNodeKind.PROCESS).title("Process " + number);
    if (owned) {
      b.owner(OWNER);
    }
    return b.build();
  }

  static QualitySystem.Builder system() {
    return QualitySystem.builder().name("Testkommun").organisation(organisation());
  }

  static RuleSet rules() {
    return RuleSet.builder().name("Regler").build();
  }
}
