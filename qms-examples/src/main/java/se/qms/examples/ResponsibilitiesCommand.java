package se.qms.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import se.qms.core.organisation.Duty;
import se.qms.core.organisation.PdcaPhase;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.organisation.Role;
import se.qms.examples.samples.Sample;

/** {@code qms responsibilities}: prints a sample's duties per PDCA phase and role. */
final class ResponsibilitiesCommand implements Command {
  @Override
  public String name() {
    return "responsibilities";
  }

  @Override
  public String summary() {
    return "print a sample's responsibility matrix: duties per PDCA phase and role";
  }

  @Override
  public String usage() {
    return "qms responsibilities [--sample NAME] [--lang sv|en]\n"
        + "  --sample  a bundled sample with a responsibility matrix (default "
        + Sample.KATRINEHOLM_2018
        + ")\n"
        + "  --lang    output language of headings (default sv); duties are printed as written";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("sample", "lang"));
    args.expectNoPositionals();
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Sample sample = Sample.load(args.option("sample").orElse(Sample.KATRINEHOLM_2018));
    ResponsibilityMatrix matrix = sample.responsibilityMatrix();
    if (matrix.duties().isEmpty()) {
      throw Arguments.usage("sample " + sample.name() + " has no responsibility matrix");
    }
    out.println(sample.title());
    for (PdcaPhase phase : PdcaPhase.values()) {
      out.println();
      out.println(lang.pick(phase.swedish(), phase.english()).toUpperCase(java.util.Locale.ROOT));
      for (Role role : matrix.roles(phase)) {
        out.println("  " + lang.pick(role.swedish(), role.english()));
        for (Duty duty : matrix.duties(phase, role)) {
          out.println("    - " + duty.text());
        }
      }
    }
    return Qms.EXIT_OK;
  }
}
