package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.json.QmsDocumentException;

class KoladaClientTest {
  private static final String DATA =
      "/data/kpi/N00001,N00002,N00003,N00004,N00005,N00006,N00007/municipality/"
          + "2380,G00001,G00002,0980,0163,2284,2482,0880,0160,2580,1496/year/2019";
  private static final String ONE = "/data/kpi/N00001/municipality/2380/year/2019";

  private KoladaTestServer server;

  @BeforeEach
  void startServer() {
    server = KoladaTestServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private KoladaClient.Builder client() {
    return KoladaClient.builder()
        .config(KoladaReaderTest.OSTERSUND)
        .baseUrl(server.base())
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(5));
  }

  private URI url(String pathAndQuery) {
    return URI.create(server.base() + pathAndQuery);
  }

  @Nested
  class Paging {
    @Test
    void threePages_areFollowedToTheEnd_andReadAsOne() {
      server
          .fixture(DATA, "ostersund-2019-page1.json")
          .fixture(DATA + "?page=2&per_page=10", "ostersund-2019-page2.json")
          .fixture(DATA + "?page=3&per_page=10", "ostersund-2019-page3.json");
      KoladaImport fetched = client().build().fetch(url(DATA));
      KoladaImport saved =
          KoladaReader.of(KoladaReaderTest.OSTERSUND).read(Fixtures.text("ostersund-2019.json"));
      assertEquals(saved.observations(), fetched.observations());
      assertEquals(saved.references(), fetched.references());
      assertEquals(List.of(), fetched.notes());
      assertEquals(
          List.of(
              "/v2" + DATA,
              "/v2" + DATA + "?page=2&per_page=10",
              "/v2" + DATA + "?page=3&per_page=10"),
          server.requests());
    }

    @Test
    void dataUrl_requestsTheV2Path() {
      server.fixture(ONE, "synthetic-gender-split.json");
      KoladaClient client = client().config(KoladaConfig.of("1860")).build();
      URI url = client.dataUrl(List.of("N00001"), List.of("2380"), List.of(2019));
      assertEquals(server.base() + ONE, url.toString());
      KoladaImport fetched = client.fetch(url);
      assertEquals(2, fetched.observations().size());
      assertEquals(1, fetched.references().size());
      assertEquals(List.of("/v2" + ONE), server.requests());
    }

    @Test
    void nextPageLoop_isAnError_afterTheLoopIsSeen() {
      server
          .fixture(ONE + "?page=1&per_page=1", "loop-page1.json")
          .fixture(ONE + "?page=2&per_page=1", "loop-page2.json");
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class,
              () -> client().build().fetch(url(ONE + "?page=1&per_page=1")));
      assertEquals(QmsErrorCode.KOLADA_BODY_MALFORMED, e.code());
      assertEquals("/next_page", e.errors().get(0).pointer());
      assertTrue(
          e.errors().get(0).messageEn().startsWith("page 2: "), e.errors().get(0).messageEn());
      assertEquals(2, server.requests().size());
    }

    @Test
    void nextPageOnAnotherHost_isAnError_andNeverRequested() {
      server.fixture(ONE, "outside-base.json");
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client().build().fetch(url(ONE)));
      assertEquals(QmsErrorCode.KOLADA_BODY_MALFORMED, e.code());
      assertEquals("/next_page", e.errors().get(0).pointer());
      assertEquals(1, server.requests().size());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{base}/../admin",
          "{base}/%2e%2e/admin",
          "{base}x/data",
          "{host}/v3/data",
          "https://127.0.0.1/v2/data",
          "{base}/data#fragment",
          "http://user@{authority}/v2/data",
          "mailto:kolada@example.net",
          "not a url"
        })
    void nextPageOutsideTheBaseUrl_isAnError(String link) {
      String base = server.base().toString();
      String host = base.substring(0, base.length() - "/v2".length());
      String resolved =
          link.replace("{base}", base)
              .replace("{host}", host)
              .replace("{authority}", server.base().getRawAuthority());
      server.answer(
          ONE,
          200,
          "{\"values\":[],\"count\":0,\"next_page\":\"" + resolved + "\"}",
          Duration.ZERO);
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client().build().fetch(url(ONE)));
      assertEquals("/next_page", e.errors().get(0).pointer());
      assertEquals(1, server.requests().size(), server.requests().toString());
    }

    @Test
    void relativeNextPageUnderTheBase_isFollowed() {
      server
          .answer(
              ONE, 200, "{\"values\":[],\"count\":0,\"next_page\":\"2019?page=2\"}", Duration.ZERO)
          .answer(ONE + "?page=2", 200, "{\"values\":[],\"count\":0}", Duration.ZERO);
      assertEquals(0, client().build().fetch(url(ONE)).observations().size());
      assertEquals(2, server.requests().size());
    }

    @Test
    void morePagesThanAllowed_isAnError() {
      server
          .fixture(DATA, "ostersund-2019-page1.json")
          .fixture(DATA + "?page=2&per_page=10", "ostersund-2019-page2.json")
          .fixture(DATA + "?page=3&per_page=10", "ostersund-2019-page3.json");
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class, () -> client().maxPages(2).build().fetch(url(DATA)));
      assertEquals("/next_page", e.errors().get(0).pointer());
      assertTrue(e.errors().get(0).messageEn().contains("more than 2 pages"));
      assertEquals(2, server.requests().size());
    }

    @Test
    void malformedSecondPage_failsTheWholeFetch_namingThePage() {
      server
          .fixture(DATA, "ostersund-2019-page1.json")
          .answer(
              DATA + "?page=2&per_page=10",
              200,
              "{\"values\":[{\"kpi\":1}],\"count\":1}",
              Duration.ZERO);
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client().build().fetch(url(DATA)));
      assertEquals("/values/0/kpi", e.errors().get(0).pointer());
      assertTrue(e.errors().get(0).messageSv().startsWith("sida 2: "));
    }
  }

  @Nested
  class Errors {
    @ParameterizedTest
    @CsvSource({
      "400, KOLADA_BAD_REQUEST",
      "404, KOLADA_NOT_FOUND",
      "500, KOLADA_SERVER_ERROR",
      "502, KOLADA_SERVER_ERROR",
      "503, KOLADA_SERVER_ERROR",
      "302, KOLADA_SERVER_ERROR",
      "429, KOLADA_SERVER_ERROR"
    })
    void httpStatus_givesItsCode(int status, QmsErrorCode code) {
      server.answer(ONE, status, "{\"error\":\"x\"}", Duration.ZERO);
      QmsException e = assertThrows(QmsException.class, () -> client().build().fetch(url(ONE)));
      assertEquals(code, e.code());
      assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    }

    @Test
    void unknownPath_is404() {
      QmsException e =
          assertThrows(QmsException.class, () -> client().build().fetch(url("/no/such/path")));
      assertEquals(QmsErrorCode.KOLADA_NOT_FOUND, e.code());
    }

    @Test
    void serverSlowerThanTheRequestTimeout_isUnreachable() {
      server.answer(ONE, 200, "{\"values\":[],\"count\":0}", Duration.ofMillis(1500));
      KoladaClient client = client().requestTimeout(Duration.ofMillis(200)).build();
      QmsException e = assertThrows(QmsException.class, () -> client.fetch(url(ONE)));
      assertEquals(QmsErrorCode.KOLADA_UNREACHABLE, e.code());
    }

    @Test
    void bodyHeldBackLongerThanTheRequestTimeout_isUnreachable() {
      server.stallBody(ONE, "{\"values\":[],\"count\":0}", Duration.ofMillis(1500));
      KoladaClient client = client().requestTimeout(Duration.ofMillis(300)).build();
      QmsException e = assertThrows(QmsException.class, () -> client.fetch(url(ONE)));
      assertEquals(QmsErrorCode.KOLADA_UNREACHABLE, e.code());
    }

    @Test
    void connectionRefused_isUnreachable() throws IOException {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      URI base = URI.create("http://127.0.0.1:" + port + "/v2");
      KoladaClient client =
          KoladaClient.builder()
              .config(KoladaConfig.of("2380"))
              .baseUrl(base)
              .connectTimeout(Duration.ofMillis(500))
              .build();
      QmsException e = assertThrows(QmsException.class, () -> client.fetch(URI.create(base + ONE)));
      assertEquals(QmsErrorCode.KOLADA_UNREACHABLE, e.code());
    }

    @Test
    void malformedBody_isADocumentError() {
      server.answer(ONE, 200, "{\"values\": [", Duration.ZERO);
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client().build().fetch(url(ONE)));
      assertEquals(QmsErrorCode.JSON_SYNTAX, e.code());
      assertEquals("/values", e.errors().get(0).pointer());
    }

    @Test
    void bodyLongerThanTheLimit_isCutOff() {
      server.answer(
          ONE,
          200,
          "{\"values\":[],\"count\":0,\"pad\":\"" + "x".repeat(5000) + "\"}",
          Duration.ZERO);
      KoladaClient client =
          client()
              .config(
                  KoladaConfig.builder().ownMunicipality("2380").maxDocumentLength(2048).build())
              .build();
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client.fetch(url(ONE)));
      assertEquals(QmsErrorCode.JSON_DOCUMENT_TOO_LARGE, e.code());
      assertEquals("", e.errors().get(0).pointer());
      assertEquals("page 1: the response is longer than 2048 bytes", e.errors().get(0).messageEn());
    }

    @Test
    void emptyBody_isADocumentError() {
      server.answer(ONE, 200, "", Duration.ZERO);
      QmsDocumentException e =
          assertThrows(QmsDocumentException.class, () -> client().build().fetch(url(ONE)));
      assertEquals(QmsErrorCode.JSON_SYNTAX, e.code());
    }

    @Test
    void firstUrlOutsideTheBase_isRejectedWithoutARequest() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> client().build().fetch(URI.create("http://127.0.0.1:1/v2" + ONE)));
      assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
      assertEquals(List.of(), server.requests());
    }
  }

  @Nested
  class Building {
    @Test
    void defaults() {
      KoladaClient client = KoladaClient.builder().config(KoladaConfig.of("2380")).build();
      assertEquals(URI.create("https://api.kolada.se/v2"), client.baseUrl());
      assertEquals(Duration.ofSeconds(10), client.connectTimeout());
      assertEquals(Duration.ofSeconds(60), client.requestTimeout());
      assertEquals(100, client.maxPages());
    }

    @Test
    void dataUrl_followsTheV2PathStyle() {
      KoladaClient client = KoladaClient.builder().config(KoladaConfig.of("2380")).build();
      assertEquals(
          URI.create(
              "https://api.kolada.se/v2/data/kpi/N00945,N00946/municipality/1860,G124026/year/2019,2018"),
          client.dataUrl(
              List.of("N00945", "N00946"), List.of("1860", "G124026"), List.of(2019, 2018)));
    }

    @Test
    void baseUrlWithTrailingSlash_isTheSameBase() {
      KoladaClient client =
          KoladaClient.builder()
              .config(KoladaConfig.of("2380"))
              .baseUrl(URI.create("https://api.kolada.se/v2/"))
              .build();
      assertEquals(
          "https://api.kolada.se/v2/data/kpi/N00945/municipality/1860/year/2019",
          client.dataUrl(List.of("N00945"), List.of("1860"), List.of(2019)).toString());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ftp://api.kolada.se/v2",
          "api.kolada.se/v2",
          "https://user@api.kolada.se/v2",
          "https://api.kolada.se/v2?x=1",
          "https://api.kolada.se/v2#x"
        })
    void malformedBaseUrl_isRejected(String url) {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class, () -> KoladaClient.builder().baseUrl(URI.create(url)));
      assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
    }

    @Test
    void dataUrl_rejectsMalformedIds() {
      KoladaClient client = KoladaClient.builder().config(KoladaConfig.of("2380")).build();
      assertThrows(
          InvalidValueException.class,
          () -> client.dataUrl(List.of("n00945"), List.of("1860"), List.of(2019)));
      assertThrows(
          InvalidValueException.class,
          () -> client.dataUrl(List.of("N00945"), List.of("186"), List.of(2019)));
      assertThrows(
          InvalidValueException.class,
          () -> client.dataUrl(List.of("N00945"), List.of("1860/x"), List.of(2019)));
      assertThrows(
          InvalidValueException.class,
          () -> client.dataUrl(List.of("N00945"), List.of("1860"), List.of(1899)));
      assertThrows(
          InvalidValueException.class,
          () -> client.dataUrl(List.of(), List.of("1860"), List.of(2019)));
    }

    @Test
    void timeoutsAndPages_areChecked() {
      KoladaClient.Builder b = KoladaClient.builder();
      assertThrows(InvalidValueException.class, () -> b.requestTimeout(Duration.ZERO));
      assertThrows(InvalidValueException.class, () -> b.connectTimeout(Duration.ofSeconds(-1)));
      assertThrows(InvalidValueException.class, () -> b.requestTimeout(Duration.ofDays(2)));
      assertThrows(InvalidValueException.class, () -> b.maxPages(0));
      assertThrows(MissingValueException.class, b::build);
    }
  }
}
