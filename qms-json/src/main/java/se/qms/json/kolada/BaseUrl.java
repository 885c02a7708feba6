package se.qms.json.kolada;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * The root every request of a client lies under, e.g. {@code https://api.kolada.se/v2}: same
 * scheme, host and port, and a path below the root's path after normalisation. Paths with encoded
 * dots, slashes or backslashes are never under it, so no server can be led out of the root by
 * decoding. Immutable and thread-safe.
 */
final class BaseUrl {
  private final URI root;
  private final String scheme;
  private final String host;
  private final int port;
  private final String path;

  private BaseUrl(URI root) {
    this.root = root;
    this.scheme = root.getScheme().toLowerCase(Locale.ROOT);
    this.host = root.getHost().toLowerCase(Locale.ROOT);
    this.port = port(root);
    String p = root.getRawPath() == null ? "" : root.getRawPath();
    this.path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /**
   * The base URL {@code uri}: absolute http or https with a host, without user info, query or
   * fragment.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MALFORMED} otherwise
   */
  static BaseUrl of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !isPlain(uri.getRawPath() == null ? "" : uri.getRawPath())) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED,
          "baseUrl",
          uri.toString(),
          "an absolute http or https URL without user info, query or fragment");
    }
    return new BaseUrl(uri.normalize());
  }

  /** The root as given (normalised). */
  URI uri() {
    return root;
  }

  /** {@code uri} normalised, if it lies under the root; empty otherwise. */
  Optional<URI> under(URI uri) {
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
      return Optional.empty();
    }
    URI n = uri.normalize();
    String rawPath = n.getRawPath() == null ? "" : n.getRawPath();
    boolean same =
        n.getScheme().toLowerCase(Locale.ROOT).equals(scheme)
            && n.getHost().toLowerCase(Locale.ROOT).equals(host)
            && port(n) == port
            && n.getRawUserInfo() == null
            && n.getRawFragment() == null
            && isPlain(rawPath)
            && (rawPath.equals(path) || rawPath.startsWith(path + "/"));
    return same ? Optional.of(n) : Optional.empty();
  }

  /** {@code /data/kpi/{kpis}/municipality/{ids}/year/{years}} under the root (v2 path style). */
  URI data(List<String> kpis, List<String> municipalities, List<Integer> years) {
    return URI.create(
        root.getScheme()
            + "://"
            + root.getRawAuthority()
            + path
            + "/data/kpi/"
            + String.join(",", kpis)
            + "/municipality/"
            + String.join(",", municipalities)
            + "/year/"
            + years.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  private static boolean isPlain(String rawPath) {
    String p = rawPath.toLowerCase(Locale.ROOT);
    return !p.contains("%2e") && !p.contains("%2f") && !p.contains("%5c") && !p.contains("\\");
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
