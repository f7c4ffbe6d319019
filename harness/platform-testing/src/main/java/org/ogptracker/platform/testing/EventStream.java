package org.ogptracker.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events stream opened as a client would (java.net.http, Accept
 * text/event-stream, Last-Event-ID when resuming), its lines read by a thread of its own so a
 * test can wait for what comes with a deadline.
 */
public final class EventStream implements AutoCloseable {
  /**
   * One event of the stream: its id, its data (the data lines joined) and the names of the
   * fields its lines had, in order (a field named twice is listed twice).
   */
  public record Event(String id, String data, List<String> fields) {}

  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(100_000);
  private final HttpResponse<InputStream> response;
  private final Thread reader;

  private EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // closed by the test
      }
    }, "event-stream " + response.uri());
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream at {@code uri}, resuming after {@code lastEventId} unless null. */
  public static EventStream open(URI uri, String lastEventId) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      return new EventStream(HttpClient.newHttpClient().send(request.build(),
          HttpResponse.BodyHandlers.ofInputStream()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening " + uri, e);
    }
  }

  public HttpResponse<InputStream> response() {
    return response;
  }

  /** The next {@code n} events, within {@code seconds}; fails the test when fewer come. */
  public List<Event> events(int n, int seconds) throws InterruptedException {
    List<Event> events = new ArrayList<>();
    String id = null;
    StringBuilder data = null;
    List<String> fields = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (events.size() < n) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError("only " + events.size() + " of " + n + " events came in "
            + seconds + " s from " + response.uri());
      }
      if (!line.isEmpty() && !line.startsWith(":")) {
        int colon = line.indexOf(':');
        fields.add(colon < 0 ? line : line.substring(0, colon));
      }
      if (line.startsWith("id:")) {
        id = value(line, 3);
      } else if (line.startsWith("data:")) {
        data = data == null ? new StringBuilder(value(line, 5))
            : data.append('\n').append(value(line, 5));
      } else if (line.isEmpty() && data != null) {
        events.add(new Event(id, data.toString(), List.copyOf(fields)));
        id = null;
        data = null;
        fields.clear();
      }
    }
    return events;
  }

  /** Whether a comment line (a keep-alive) comes within {@code seconds}, skipping events. */
  public boolean comment(int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (String line; (line = lines.poll(deadline - System.nanoTime(),
        TimeUnit.NANOSECONDS)) != null; ) {
      if (line.startsWith(":")) {
        return true;
      }
    }
    return false;
  }

  private static String value(String line, int from) {
    String v = line.substring(from);
    return v.startsWith(" ") ? v.substring(1) : v;
  }

  @Override
  public void close() {
    reader.interrupt();
    try {
      response.body().close();
    } catch (IOException e) {
      // gone already
    }
  }
}
