package org.ogptracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ogptracker.platform.testing.SuiteProcesses;

/** Figures an app publishes at {@code /q/metrics} (Prometheus text), read from the app itself. */
final class AppMetrics {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private AppMetrics() {}

  /**
   * The sum of the samples of metric {@code name} whose labels hold {@code labels} (e.g.
   * {@code consumer="reports.commitments"}, or "" for any); 0 when the app has none yet.
   */
  static double value(String app, String name, String labels) {
    String text;
    try {
      text = HTTP.send(HttpRequest.newBuilder(URI.create(SuiteProcesses.url(app) + "/q/metrics"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    double sum = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith(name + "{") && line.contains(labels)
          || line.startsWith(name + " ") && labels.isEmpty()) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  /** Events the consumer of {@code app} applied (first deliveries whose effect committed). */
  static long applied(String app, String consumer) {
    return (long) value(app, "ogp_inbox_applied_total", "consumer=\"" + consumer + "\"");
  }

  /** Events the consumer of {@code app} sent to its dead-letter topic. */
  static long deadLettered(String app, String consumer) {
    return (long) value(app, "ogp_inbox_dead_lettered_total", "consumer=\"" + consumer + "\"");
  }

  /** Events of {@code app}'s outbox not yet acknowledged by Kafka. */
  static long outboxBacklog(String app) {
    return (long) value(app, "ogp_outbox_backlog", "");
  }
}
