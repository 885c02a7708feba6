package se.qms.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;
import se.qms.json.QmsJson;
import se.qms.json.kolada.KoladaConfig;
import se.qms.json.kolada.KoladaImport;
import se.qms.json.kolada.KoladaNote;
import se.qms.json.kolada.KoladaReader;

/** {@code qms kolada import}: saved Kolada v2 responses into a quality-system document. */
final class KoladaCommand implements Command {
  @Override
  public String name() {
    return "kolada";
  }

  @Override
  public String summary() {
    return "kolada import: read saved Kolada v2 responses into a quality-system document";
  }

  @Override
  public String usage() {
    return "qms kolada import <response.json>... --municipality ID --out FILE [--name NAME]\n"
        + "  --municipality  the own municipality's 4-digit id, e.g. 2380 (Östersund)\n"
        + "  --out           the quality-system document to write; never one of the inputs\n"
        + "  --name          the organisation's name (default: Kommun ID)\n"
        + "Each KPI becomes an indicator named by its id, unit index and no direction: edit its\n"
        + "title, unit and direction before judging it.";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("municipality", "out", "name"));
    List<String> positionals = args.positionals();
    if (positionals.isEmpty() || !positionals.get(0).equals("import")) {
      throw Arguments.usage("the only kolada command is 'import'");
    }
    List<Path> inputs = new ArrayList<>();
    for (String p : positionals.subList(1, positionals.size())) {
      inputs.add(Path.of(p));
    }
    if (inputs.isEmpty()) {
      throw Arguments.usage("give at least one saved Kolada response");
    }
    String municipality =
        args.option("municipality").orElseThrow(() -> Arguments.usage("--municipality is required"));
    Path target = Path.of(args.option("out").orElseThrow(() -> Arguments.usage("--out is required")));
    Outputs.requireNotAnInput(target, inputs);
    List<String> responses = new ArrayList<>();
    for (Path in : inputs) {
      responses.add(new String(ValidateCommand.read(in), java.nio.charset.StandardCharsets.UTF_8));
    }
    KoladaImport imported = KoladaReader.of(KoladaConfig.of(municipality)).readPages(responses);
    QualitySystem system =
        QualitySystem.builder()
            .name(args.option("name").orElse("Kommun " + municipality))
            .addAllIndicators(indicators(imported))
            .measureData(imported.measureData())
            .build();
    writeAtomically(target, QmsJson.strict().writeExport(system)); // the command line writes exports only
    for (KoladaNote note : imported.notes()) {
      out.println("note " + note.pointer() + ": " + note.messageEn());
    }
    out.println(
        target
            + ": "
            + system.indicators().size()
            + " indicators, "
            + imported.observations().size()
            + " observations, "
            + imported.references().size()
            + " reference values");
    return Qms.EXIT_OK;
  }

  private static List<Indicator> indicators(KoladaImport imported) {
    Set<String> ids = new LinkedHashSet<>();
    imported.observations().stream().map(Observation::indicatorId).forEach(ids::add);
    imported.references().stream().map(ReferenceValue::indicatorId).forEach(ids::add);
    List<Indicator> indicators = new ArrayList<>();
    for (String id : ids) {
      Indicator.Builder b =
          Indicator.builder().id(id).title(id).unit(MeasureUnit.INDEX).direction(Direction.NEUTRAL);
      if (id.matches("[A-Z][0-9]{5}")) {
        b.koladaKpi(id);
      }
      indicators.add(b.build());
    }
    return indicators;
  }

  /** Gives a temporary file the permissions of a plain new file (rw-r--r--) where POSIX has them. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps the system's default permissions
    }
  }

  /** Writes to a temporary file beside the target, then moves it into place in one step. */
  static void writeAtomically(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".qms-", ".tmp");
      try {
        Files.write(tmp, bytes);
        readableByAll(tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot write " + target + ": " + e.getMessage());
    }
  }
}
