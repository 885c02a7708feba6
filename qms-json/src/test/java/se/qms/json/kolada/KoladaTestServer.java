package se.qms.json.kolada;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Kolada stand-in for tests: the JDK's HTTP server bound to the loopback address on an ephemeral
 * port, answering recorded fixtures under {@code /v2}. Fixture text {@code {base}} becomes the
 * server's base URL. Close it after the test.
 */
final class KoladaTestServer implements AutoCloseable {
  /** One recorded answer: sent after {@code delay}, or with the body held back that long. */
  record Answer(int status, byte[] body, Duration delay, boolean stallBody) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private KoladaTestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "kolada-test-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static KoladaTestServer start() {
    try {
      return new KoladaTestServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234/v2}. */
  URI base() {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort()
            + "/v2");
  }

  /** Answers {@code pathAndQuery} (below /v2) with the fixture {@code kolada/<name>}. */
  KoladaTestServer fixture(String pathAndQuery, String name) {
    return answer(pathAndQuery, 200, fixtureText(name), Duration.ZERO);
  }

  /** Answers {@code pathAndQuery} (below /v2) with a status and body after a delay. */
  KoladaTestServer answer(String pathAndQuery, int status, String body, Duration delay) {
    return put(pathAndQuery, status, body, delay, false);
  }

  /** Answers with status 200 and headers at once, but holds the body back for {@code delay}. */
  KoladaTestServer stallBody(String pathAndQuery, String body, Duration delay) {
    return put(pathAndQuery, 200, body, delay, true);
  }

  private KoladaTestServer put(
      String pathAndQuery, int status, String body, Duration delay, boolean stallBody) {
    answers.put(
        "/v2" + pathAndQuery,
        new Answer(
            status,
            body.replace("{base}", base().toString()).getBytes(StandardCharsets.UTF_8),
            delay,
            stallBody));
    return this;
  }

  /** The fixture's text, with {@code {base}} replaced by this server's base URL. */
  String fixtureText(String name) {
    return Fixtures.text(name).replace("{base}", base().toString());
  }

  /** The paths and queries requested so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      requests.add(key);
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
      }
      Answer answer = answers.get(key);
      if (answer == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!answer.stallBody() && !pause(answer.delay())) {
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(
          answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
      if (answer.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body(), 0, 1);
          out.flush();
          if (answer.stallBody() && !pause(answer.delay())) {
            return;
          }
          out.write(answer.body(), 1, answer.body().length - 1);
        }
      }
    }
  }

  private static boolean pause(Duration delay) {
    if (delay.isZero()) {
      return true;
    }
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
