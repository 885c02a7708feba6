package se.qms.core.improvement;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * Swedish alphabetical order for labels and ids: letters compared without regard to case, with å, ä
 * and ö after z (and æ as ä, ø as ö, ü as y, other accented letters as their base letter, as
 * Swedish dictionaries do); digits and other characters by their code point; ties broken by the
 * plain text. A fixed, cheap rule rather than a {@link java.text.Collator}, so the order of a table
 * does not change with the JDK's locale data.
 */
final class SwedishOrder {
  /** Compares text in Swedish alphabetical order. */
  static final Comparator<String> TEXT =
      Comparator.comparing(SwedishOrder::key).thenComparing(Comparator.naturalOrder());

  private SwedishOrder() {}

  /** The sort key of {@code text}: lower case, å ä ö moved after z, other marks removed. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      switch (c) {
        case 'å':
          out.append('{');
          break;
        case 'ä':
        case 'æ':
          out.append('|');
          break;
        case 'ö':
        case 'ø':
          out.append('}');
          break;
        case 'ü':
          out.append('y');
          break;
        default:
          if (c < 0x80) {
            out.append(c);
          } else {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(base.isEmpty() ? c : base.charAt(0));
          }
      }
    }
    return out.toString();
  }
}
