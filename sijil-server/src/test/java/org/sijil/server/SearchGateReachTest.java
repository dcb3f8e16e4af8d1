package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.http.SearchGate;
import org.sijil.server.service.InMemoryRegister;

/**
 * Downloads by filter and the memorial's filtered page run the same index as a search (every match,
 * not a page), so finding their persons waits at the searches' gate; the file or page is written
 * after the permit is given back.
 */
class SearchGateReachTest {

  static InMemoryRegister register;
  static TestServer ungated;
  static String name;

  HeldRegister held;
  Javalin gated;
  String base;
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    register = new InMemoryRegister(SyntheticRegister.generate(600, 7));
    ungated = new TestServer(register, ServerConfig.defaults().withSearchPermits(0));
    name = register.data().persons().get(0).nameAr();
  }

  @AfterAll
  static void stop() {
    ungated.close();
  }

  /** A server over the same register (so the same index) with one permit. */
  @BeforeEach
  void startGated() {
    HeldRegister.Pair pair = HeldRegister.over(register);
    held = pair.control();
    gated =
        SijilServer.create(
                pair.register(),
                new InMemoryUserStore(),
                ServerConfig.defaults().withSearchPermits(1))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + gated.port();
  }

  @AfterEach
  void stopGated() {
    held.release.countDown();
    gated.stop();
  }

  @Test
  void gatedDownloadsAndMemorialAnswerTheSameBytes() throws Exception {
    List<String> paths =
        List.of(
            "/api/download/persons.csv?sex=f",
            "/api/download/records.json?min_age=18",
            "/api/download/persons.json?q=" + encode(name),
            "/api/download/records.csv?q=" + encode(name) + "&bom=1",
            "/api/download/persons.parquet?sex=m",
            "/api/download/persons.csv",
            "/memorial?min_age=0&max_age=17",
            "/memorial?lang=en",
            "/?q=" + encode(name));
    // Sent at once, so that some wait at the gate.
    List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
    for (String path : paths) {
      answers.add(send(path));
    }
    for (int i = 0; i < paths.size(); i++) {
      HttpResponse<byte[]> expected = ungated.getBytes(paths.get(i));
      HttpResponse<byte[]> actual = answers.get(i).get(30, TimeUnit.SECONDS);
      assertEquals(200, expected.statusCode(), paths.get(i));
      assertEquals(expected.statusCode(), actual.statusCode(), paths.get(i));
      assertArrayEquals(expected.body(), actual.body(), paths.get(i));
    }
  }

  @Test
  void aHeldGateMakesADownloadWait() throws Exception {
    held.holdNext();
    CompletableFuture<HttpResponse<byte[]>> search = send("/api/persons?q=" + encode(name));
    assertTrue(held.entered.await(10, TimeUnit.SECONDS));
    String path = "/api/download/persons.csv?sex=f";
    CompletableFuture<HttpResponse<byte[]>> download = send(path);
    waitUntil(() -> threadsWaitingAtGate() == 1);
    assertEquals(0, held.matchings.get(), "the download ran beside the search holding the permit");
    assertFalse(download.isDone());

    held.release.countDown();
    assertEquals(200, search.get(10, TimeUnit.SECONDS).statusCode());
    HttpResponse<byte[]> answer = download.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertArrayEquals(ungated.getBytes(path).body(), answer.body());
    assertEquals(1, held.matchings.get());
  }

  @Test
  void aHeldGateMakesTheMemorialWait() throws Exception {
    held.holdNext();
    CompletableFuture<HttpResponse<byte[]>> search = send("/api/persons?q=" + encode(name));
    assertTrue(held.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<HttpResponse<byte[]>> memorial = send("/memorial?min_age=60");
    waitUntil(() -> threadsWaitingAtGate() == 1);
    assertEquals(0, held.matchings.get(), "the memorial ran beside the search holding the permit");

    held.release.countDown();
    assertEquals(200, search.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, memorial.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(1, held.matchings.get());
  }

  @Test
  void aDownloadThatFailsGivesItsPermitBack() throws Exception {
    held.failNextMatching();
    assertEquals(
        500, send("/api/download/persons.csv?sex=f").get(10, TimeUnit.SECONDS).statusCode());
    // With one permit, a permit kept by the failed download would hold these for ever.
    assertEquals(
        200,
        send("/api/persons?q=" + encode(name)).get(10, TimeUnit.SECONDS).statusCode(),
        "a search after the failed download");
    assertEquals(
        200,
        send("/api/download/persons.csv?sex=f").get(10, TimeUnit.SECONDS).statusCode(),
        "a download after the failed one");
  }

  private CompletableFuture<HttpResponse<byte[]>> send(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Request threads parked inside the gate without having begun their work: those in {@link
   * SearchGate#run} whose stack has not reached the held register.
   */
  private static long threadsWaitingAtGate() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getState() == Thread.State.WAITING)
        .map(e -> Arrays.asList(e.getValue()))
        .filter(stack -> hasFrame(stack, SearchGate.class) && !hasFrame(stack, HeldRegister.class))
        .count();
  }

  private static boolean hasFrame(List<StackTraceElement> stack, Class<?> type) {
    return stack.stream().anyMatch(f -> f.getClassName().equals(type.getName()));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void waitUntil(BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(5);
    }
  }
}
