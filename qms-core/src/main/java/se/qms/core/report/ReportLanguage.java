package se.qms.core.report;

import java.util.Locale;

/** The language a report is written in: Swedish by default, English as an option. */
public enum ReportLanguage {
  /** Swedish, with Swedish number formatting ({@code 76,96 %}, {@code 1 204}). */
  SV(Locale.forLanguageTag("sv-SE")),
  /** English; numbers keep the Swedish form so that figures read the same in both editions. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the language, for the {@code lang} attribute of rendered documents. */
  public Locale locale() {
    return locale;
  }

  /** The language tag: {@code sv} or {@code en}. */
  public String tag() {
    return locale.getLanguage();
  }
}
