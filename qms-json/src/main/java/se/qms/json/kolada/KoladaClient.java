package se.qms.json.kolada;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.json.QmsDocumentException;

/**
 * Fetches Kolada v2 data over HTTP with the JDK's {@link HttpClient} and follows {@code next_page}
 * to the last page, reading all pages into one {@link KoladaImport}.
 *
 * <p>The client only ever requests URLs under its base URL (default {@value #DEFAULT_BASE_URL}):
 * same scheme, host and port, and a path below the base path. Failures carry a code: HTTP 400
 * {@link QmsErrorCode#KOLADA_BAD_REQUEST}, 404 {@link QmsErrorCode#KOLADA_NOT_FOUND}, 5xx and any
 * other status that is not 2xx (redirects are not followed) {@link
 * QmsErrorCode#KOLADA_SERVER_ERROR}; a connection that fails or a page that takes longer than the
 * request timeout {@link QmsErrorCode#KOLADA_UNREACHABLE}; a malformed page, a {@code next_page}
 * outside the base URL or seen before, or more pages than allowed, a {@link QmsDocumentException}
 * (code {@link QmsErrorCode#KOLADA_BODY_MALFORMED} at {@code /next_page}, or as {@link
 * KoladaReader} reports). Nothing is returned unless every page was read. Immutable and
 * thread-safe.
 */
public final class KoladaClient {
  /** Kolada's v2 API. */
  public static final String DEFAULT_BASE_URL = "https://api.kolada.se/v2";

  /** The default connect timeout: 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default time allowed for one page, from request to last byte: 60 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** The default maximum number of pages followed: 100 (Kolada pages hold up to 5 000 values). */
  public static final int DEFAULT_MAX_PAGES = 100;

  static final int MAX_PAGES = 10_000;
  static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  private final BaseUrl baseUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final int maxPages;
  private final KoladaReader reader;
  private final HttpClient http;

  private KoladaClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxPages = b.maxPages;
    this.reader = KoladaReader.of(b.config);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** A builder; the configuration is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL every request lies under. */
  public URI baseUrl() {
    return baseUrl.uri();
  }

  /** The time allowed to open a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The time allowed for one page, from request to last byte. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The most pages one {@link #fetch(URI)} follows. */
  public int maxPages() {
    return maxPages;
  }

  /** How the data are mapped. */
  public KoladaConfig config() {
    return reader.config();
  }

  /**
   * The v2 data URL {@code {base}/data/kpi/{kpis}/municipality/{ids}/year/{years}}, each list
   * comma-separated in the order given, e.g. {@code
   * https://api.kolada.se/v2/data/kpi/N00945/municipality/1860/year/2019}.
   *
   * @param kpis at least one KPI id (a capital letter and five digits)
   * @param municipalities at least one municipality, region or group id
   * @param years at least one year, 1900–9999
   * @throws InvalidValueException for an empty list or a malformed id or year
   */
  public URI dataUrl(List<String> kpis, List<String> municipalities, List<Integer> years) {
    check(kpis, "kpis");
    check(municipalities, "municipalities");
    check(years, "years");
    for (String kpi : kpis) {
      if (!KoladaIds.isKpi(kpi)) {
        throw InvalidValueException.malformed(
            QmsErrorCode.VALUE_MALFORMED, "kpis[]", kpi, "a capital letter and five digits");
      }
    }
    for (String id : municipalities) {
      if (!KoladaIds.isArea(id)) {
        throw InvalidValueException.malformed(
            QmsErrorCode.VALUE_MALFORMED,
            "municipalities[]",
            id,
            "four digits or a group id (G and 1–20 letters or digits)");
      }
    }
    for (int year : years) {
      if (year < se.qms.core.measure.Period.MIN_YEAR
          || year > se.qms.core.measure.Period.MAX_YEAR) {
        throw InvalidValueException.outOfRange(
            QmsErrorCode.VALUE_OUT_OF_RANGE,
            "years[]",
            year,
            se.qms.core.measure.Period.MIN_YEAR,
            se.qms.core.measure.Period.MAX_YEAR);
      }
    }
    return baseUrl.data(kpis, municipalities, years);
  }

  private static void check(List<?> list, String field) {
    if (list == null) {
      throw new MissingValueException(field);
    }
    if (list.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, field, "[]", "must have at least one element");
    }
    for (Object o : list) {
      if (o == null) {
        throw new MissingValueException(field + "[]");
      }
    }
  }

  /**
   * Fetches {@code url} and every page its {@code next_page} links lead to, and reads them into one
   * import.
   *
   * @param url a URL under the base URL, e.g. from {@link #dataUrl(List, List, List)}
   * @throws InvalidValueException with {@link QmsErrorCode#INCONSISTENT_VALUE} when {@code url}
   *     does not lie under the base URL
   * @throws QmsException with a {@code KOLADA_*} code when Kolada cannot be reached or answers with
   *     an error
   * @throws QmsDocumentException when a page is malformed or the paging leaves the base URL, loops
   *     or exceeds {@link #maxPages()}
   */
  public KoladaImport fetch(URI url) {
    if (url == null) {
      throw new MissingValueException("url");
    }
    URI next =
        baseUrl
            .under(url)
            .orElseThrow(
                () ->
                    InvalidValueException.violates(
                        QmsErrorCode.INCONSISTENT_VALUE,
                        "url",
                        url,
                        "must lie under the base URL " + baseUrl));
    Problems problems = Problems.ofPages();
    List<KoladaPage> pages = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    seen.add(next);
    for (int n = 1; ; n++) {
      problems.page(n);
      KoladaPage page = reader.page(get(next, problems), problems);
      problems.throwIfAny();
      pages.add(page);
      Optional<String> link = page.nextPage();
      if (link.isEmpty()) {
        return reader.map(pages, problems);
      }
      next = follow(next, link.get(), n, seen, problems);
    }
  }

  private URI follow(URI current, String link, int n, Set<URI> seen, Problems problems) {
    Optional<URI> candidate;
    try {
      candidate = baseUrl.under(current.resolve(new URI(link)));
    } catch (URISyntaxException e) {
      candidate = Optional.empty();
    }
    if (candidate.isEmpty()) {
      nextPageError(
          problems,
          link,
          "next_page ligger inte under bas-URL:en " + baseUrl,
          "next_page does not lie under the base URL " + baseUrl);
    } else if (!seen.add(candidate.get())) {
      nextPageError(
          problems,
          link,
          "next_page leder tillbaka till en sida som redan lästs",
          "next_page leads back to a page already read");
    } else if (n >= maxPages) {
      nextPageError(
          problems, link, "fler än " + maxPages + " sidor", "more than " + maxPages + " pages");
    }
    problems.throwIfAny();
    return candidate.orElseThrow();
  }

  private static void nextPageError(Problems problems, String link, String sv, String en) {
    problems.error("/next_page", QmsErrorCode.KOLADA_BODY_MALFORMED, sv, en, Problems.render(link));
  }

  /**
   * The body of {@code url}; a body over the length limit is thrown as a document error of the
   * current page, a failed exchange or an error status as a {@code KOLADA_*} exception.
   */
  private byte[] get(URI url, Problems problems) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .GET()
            .header("Accept", "application/json")
            .timeout(requestTimeout)
            .build();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request, BoundedBody.handler(reader.config().maxDocumentLength()));
    HttpResponse<byte[]> response;
    try {
      response = exchange.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw unreachable(url, "no complete answer within " + requestTimeout, e);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw unreachable(url, "interrupted", e);
    } catch (CancellationException e) {
      throw unreachable(url, "cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BoundedBody.TooLong) {
        problems.error(
            "",
            QmsErrorCode.JSON_DOCUMENT_TOO_LARGE,
            "svaret är längre än " + ((BoundedBody.TooLong) cause).max() + " byte",
            "the response is longer than " + ((BoundedBody.TooLong) cause).max() + " bytes",
            null);
        problems.throwIfAny();
      }
      if (cause instanceof IOException) {
        throw unreachable(url, String.valueOf(cause), cause);
      }
      throw new QmsException(
          QmsErrorCode.KOLADA_UNREACHABLE, "GET " + url + " failed: " + cause, cause);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    QmsErrorCode code =
        status == 400
            ? QmsErrorCode.KOLADA_BAD_REQUEST
            : status == 404 ? QmsErrorCode.KOLADA_NOT_FOUND : QmsErrorCode.KOLADA_SERVER_ERROR;
    throw new QmsException(code, "GET " + url + " answered HTTP " + status);
  }

  private static QmsException unreachable(URI url, String why, Throwable cause) {
    return new QmsException(QmsErrorCode.KOLADA_UNREACHABLE, "GET " + url + ": " + why, cause);
  }

  /** Builds clients. Not thread-safe; the clients it builds are. */
  public static final class Builder {
    private BaseUrl baseUrl = BaseUrl.of(URI.create(DEFAULT_BASE_URL));
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private int maxPages = DEFAULT_MAX_PAGES;
    private KoladaConfig config;

    private Builder() {}

    /**
     * The root every request must lie under; default {@value KoladaClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl an absolute http or https URL without user info, query or fragment
     */
    public Builder baseUrl(URI baseUrl) {
      if (baseUrl == null) {
        throw new MissingValueException("baseUrl");
      }
      this.baseUrl = BaseUrl.of(baseUrl);
      return this;
    }

    /** The time allowed to open a connection; positive, at most an hour; default 10 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * The time allowed for one page, request to last byte; positive, at most an hour; default 60 s.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** The most pages one fetch follows; 1–10 000; default 100. */
    public Builder maxPages(int maxPages) {
      if (maxPages < 1 || maxPages > MAX_PAGES) {
        throw InvalidValueException.outOfRange(
            QmsErrorCode.VALUE_OUT_OF_RANGE, "maxPages", maxPages, 1, MAX_PAGES);
      }
      this.maxPages = maxPages;
      return this;
    }

    /** How the data are mapped; required. */
    public Builder config(KoladaConfig config) {
      if (config == null) {
        throw new MissingValueException("config");
      }
      this.config = config;
      return this;
    }

    /**
     * The client.
     *
     * @throws MissingValueException when no configuration was given
     */
    public KoladaClient build() {
      if (config == null) {
        throw new MissingValueException("config");
      }
      return new KoladaClient(this);
    }

    private static Duration positive(Duration timeout, String field) {
      if (timeout == null) {
        throw new MissingValueException(field);
      }
      if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
        throw InvalidValueException.violates(
            QmsErrorCode.VALUE_OUT_OF_RANGE, field, timeout, "must be positive and at most PT1H");
      }
      return timeout;
    }
  }
}
