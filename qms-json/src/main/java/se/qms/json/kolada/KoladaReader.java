package se.qms.json.kolada;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import se.qms.core.MissingValueException;
import se.qms.json.QmsDocumentException;
import tools.jackson.databind.JsonNode;

/**
 * Reads saved Kolada v2 responses into a {@link KoladaImport}, as its {@link KoladaConfig} says.
 *
 * <p>Reading is all or nothing: a response that is not JSON, exceeds a limit (document length,
 * nesting depth 16, strings of 10 000 characters, numbers of 64 characters), has a value of the
 * wrong type, misses a property, names a gender other than T, K or M, a period that is not a year,
 * a municipality that is neither four digits nor a group id, or the same KPI, municipality, year
 * and gender twice, gives a {@link QmsDocumentException} listing every error with its JSON pointer
 * (e.g. {@code /values/3/values/0/gender}) and a {@code QMS-40xx} or {@code QMS-4104} code, and no
 * import. Unknown properties and statuses are notes, not errors. Immutable and thread-safe.
 */
public final class KoladaReader {
  private final KoladaConfig config;
  private final KoladaJson json;
  private final KoladaMapping mapping;

  private KoladaReader(KoladaConfig config) {
    this.config = config;
    this.json = new KoladaJson(config.maxDocumentLength());
    this.mapping = new KoladaMapping(config);
  }

  /**
   * A reader for one configuration.
   *
   * @param config not null
   */
  public static KoladaReader of(KoladaConfig config) {
    if (config == null) {
      throw new MissingValueException("config");
    }
    return new KoladaReader(config);
  }

  /** The configuration; never null. */
  public KoladaConfig config() {
    return config;
  }

  /**
   * Reads one response. A {@code next_page} in it is not followed but noted.
   *
   * @param response the response body; not null
   * @throws QmsDocumentException when the response is malformed
   */
  public KoladaImport read(String response) {
    return readPages(List.of(Objects.requireNonNull(response, "response")));
  }

  /**
   * Reads one response given as bytes (UTF-8, or UTF-16/32 detected).
   *
   * @param response the response body; not null
   * @throws QmsDocumentException when the response is malformed
   */
  public KoladaImport read(byte[] response) {
    Objects.requireNonNull(response, "response");
    Problems problems = Problems.ofOnePage();
    KoladaPage page = page(response, problems);
    return finish(List.of(page), problems);
  }

  /**
   * Reads the pages of one query, saved one response each, as one import: a KPI, municipality, year
   * and gender in two pages is a duplicate. Messages name the page (1-based).
   *
   * @param responses at least one response body; none null
   * @throws QmsDocumentException when a response is malformed; the errors of every page are listed
   */
  public KoladaImport readPages(List<String> responses) {
    Objects.requireNonNull(responses, "responses");
    if (responses.isEmpty()) {
      throw new IllegalArgumentException("responses must not be empty");
    }
    Problems problems = responses.size() == 1 ? Problems.ofOnePage() : Problems.ofPages();
    List<KoladaPage> pages = new ArrayList<>(responses.size());
    for (int i = 0; i < responses.size(); i++) {
      problems.page(i + 1);
      pages.add(page(Objects.requireNonNull(responses.get(i), "responses[]"), problems));
    }
    return finish(pages, problems);
  }

  KoladaPage page(String response, Problems problems) {
    return page(response, problems, json::parse);
  }

  KoladaPage page(byte[] response, Problems problems) {
    return page(response, problems, json::parse);
  }

  private static <T> KoladaPage page(
      T response, Problems problems, BiFunction<T, Problems, Optional<JsonNode>> parser) {
    return parser
        .apply(response, problems)
        .map(root -> new EnvelopeReader(problems).read(root))
        .orElseGet(() -> new KoladaPage(List.of(), Optional.empty()));
  }

  /** Maps pages already read; notes a {@code next_page} on the last one. */
  KoladaImport finish(List<KoladaPage> pages, Problems problems) {
    KoladaPage last = pages.get(pages.size() - 1);
    if (last.nextPage().isPresent()) {
      problems.page(pages.size());
      problems.note(
          "next-page",
          "/next_page",
          "svaret har fler sidor (next_page), som inte lästes",
          "the response has further pages (next_page), which were not read");
    }
    return mapping.map(pages, problems);
  }

  /** Maps pages the client has fetched and followed to the end. */
  KoladaImport map(List<KoladaPage> pages, Problems problems) {
    return mapping.map(pages, problems);
  }
}
