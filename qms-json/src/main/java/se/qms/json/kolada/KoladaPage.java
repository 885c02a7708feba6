package se.qms.json.kolada;

import java.util.List;
import java.util.Optional;

/**
 * One checked response page.
 *
 * @param data its data objects in response order
 * @param nextPage the {@code next_page} URL as given, if any
 */
record KoladaPage(List<KoladaDatum> data, Optional<String> nextPage) {
  KoladaPage {
    data = List.copyOf(data);
  }
}
