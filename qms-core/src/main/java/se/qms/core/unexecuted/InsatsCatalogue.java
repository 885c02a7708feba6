package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The kinds of insats a municipality decides on, in the order its reports print them. The
 * catalogue is data: {@link #defaults()} holds those the source documents name, and each
 * organisation may configure its own in its rule set.
 *
 * <p>Invariants: at least one insats; codes unique; labels unique within a law, ignoring case.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InsatsCatalogue {
  InsatsCatalogue() {}

  /** The kinds of insats in display order. */
  @Value.Parameter
  public abstract List<Insats> insatser();

  /**
   * A catalogue.
   *
   * @param insatser at least one; unique codes, unique labels per law
   */
  public static InsatsCatalogue of(List<Insats> insatser) {
    return ImmutableInsatsCatalogue.of(insatser);
  }

  /**
   * The kinds of insats of the source documents: for SoL Dagverksamhet, Kontaktperson, Särskilt
   * boende, Korttid, Hemtjänst, Larm (seed 001 Tabell 11) and Familjebehandling,
   * Kontaktperson/-familj, Familjehem (seed 004 §6.4.5); for LSS Bostad med särskild service,
   * Kontaktperson, Daglig verksamhet, Korttidstillsyn, Korttidsvistelse, Ledsagarservice (seed 001
   * Tabell 13).
   */
  public static InsatsCatalogue defaults() {
    return Defaults.CATALOGUE;
  }

  /** A copy with one more insats at the end. */
  public InsatsCatalogue with(Insats insats) {
    List<Insats> all = new ArrayList<>(insatser());
    all.add(Checks.present(insats, "insats"));
    return of(all);
  }

  /** The insats with this code. */
  public Optional<Insats> find(String code) {
    Checks.present(code, "code");
    return insatser().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The kinds of insats under one law, in display order. */
  public List<Insats> under(Law law) {
    Checks.present(law, "law");
    List<Insats> out = new ArrayList<>();
    for (Insats i : insatser()) {
      if (i.law() == law) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns {@code insats} if the catalogue holds it, with the same law and label.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#INSATS_UNKNOWN} otherwise
   */
  public Insats require(Insats insats, String field) {
    Checks.present(insats, field);
    if (!insatser().contains(insats)) {
      throw InvalidValueException.violates(
          QmsErrorCode.INSATS_UNKNOWN,
          field,
          insats.code(),
          "must be a kind of insats of the catalogue with the same law and label");
    }
    return insats;
  }

  @Value.Check
  final void check() {
    if (insatser().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "insatser", "[]", "must hold at least one insats");
    }
    Set<String> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (Insats i : insatser()) {
      if (!codes.add(i.code())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "insatser.code", i.code(), "must be unique");
      }
      if (!labels.add(i.law() + "\u0000" + i.label().toLowerCase(Locale.ROOT))) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "insatser.label", i.label(), "must be unique within " + i.law());
      }
    }
  }

  private static final class Defaults {
    static final InsatsCatalogue CATALOGUE =
        of(
            List.of(
                Insats.of(Law.SOL, "sol-dagverksamhet", "Dagverksamhet"),
                Insats.of(Law.SOL, "sol-kontaktperson", "Kontaktperson"),
                Insats.of(Law.SOL, "sol-sarskilt-boende", "Särskilt boende"),
                Insats.of(Law.SOL, "sol-korttid", "Korttid"),
                Insats.of(Law.SOL, "sol-hemtjanst", "Hemtjänst"),
                Insats.of(Law.SOL, "sol-larm", "Larm"),
                Insats.of(Law.SOL, "sol-familjebehandling", "Familjebehandling"),
                Insats.of(Law.SOL, "sol-kontaktperson-familj", "Kontaktperson/-familj"),
                Insats.of(Law.SOL, "sol-familjehem", "Familjehem"),
                Insats.of(Law.LSS, "lss-bostad-med-sarskild-service", "Bostad med särskild service"),
                Insats.of(Law.LSS, "lss-kontaktperson", "Kontaktperson"),
                Insats.of(Law.LSS, "lss-daglig-verksamhet", "Daglig verksamhet"),
                Insats.of(Law.LSS, "lss-korttidstillsyn", "Korttidstillsyn"),
                Insats.of(Law.LSS, "lss-korttidsvistelse", "Korttidsvistelse"),
                Insats.of(Law.LSS, "lss-ledsagarservice", "Ledsagarservice")));
  }
}
