package se.qms.examples;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;

/** The output language of the command line: Swedish (default) or English. */
enum Language {
  SV(Locale.forLanguageTag("sv-SE")),
  EN(Locale.UK);

  static final Set<String> CODES = Set.of("sv", "en");

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  static Language of(String code) {
    return "en".equals(code) ? EN : SV;
  }

  /** Picks the text of this language. */
  String pick(String swedish, String english) {
    return this == SV ? swedish : english;
  }

  /** A number with the given decimals in this language's form: "3,95" or "3.95". */
  String number(double value, int decimals) {
    DecimalFormat format =
        new DecimalFormat(
            decimals == 0 ? "0" : "0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(locale));
    return format.format(value);
  }

  /** A number with one decimal in this language's form: "6,5" or "6.5". */
  String oneDecimal(double value) {
    DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
    return format.format(value);
  }
}
