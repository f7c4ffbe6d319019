package org.ogptracker.bench;

/** Reads one value out of a Prometheus text exposition (an app's /q/metrics). */
final class Metrics {
  private Metrics() {}

  /** The sum of the samples of {@code name} (all label sets); NaN when absent. */
  static double gauge(String exposition, String name) {
    double sum = 0;
    boolean seen = false;
    for (String line : exposition.split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        String[] parts = line.trim().split(" ");
        sum += Double.parseDouble(parts[parts.length - 1]);
        seen = true;
      }
    }
    return seen ? sum : Double.NaN;
  }
}
