package org.ogptracker.bench;

import java.time.Duration;

/**
 * How much data and how long each measurement: the full run of issue 8, or the smoke run of the
 * test command (seconds, small data) that keeps the benchmark from rotting.
 */
public record Scale(String name, int members, int plans, int commitments, int milestones,
    int progressUpdates, Duration measure, Duration warmUp, int readRounds, int hopRounds,
    int connections, int writeSeconds, Duration writeWarmUp, int latencyUpdates, int kafkaRoundTrips, Duration webhookLoad,
    Duration receiverDown, int pageReaders) {

  public static final Scale FULL = new Scale("full", 200, 2_000, 100_000, 300_000, 1_000_000,
      Duration.ofSeconds(10), Duration.ofSeconds(15), 3, 5, 32, 10, Duration.ofMinutes(5), 1_500, 2_000,
      Duration.ofSeconds(60), Duration.ofMinutes(10), 20);

  public static final Scale SMOKE = new Scale("smoke", 4, 8, 60, 120, 300,
      Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1, 4, 1, Duration.ofSeconds(3), 10, 20,
      Duration.ofSeconds(2), Duration.ofSeconds(3), 4);

  public static Scale named(String name) {
    return switch (name) {
      case "full" -> FULL;
      case "smoke" -> SMOKE;
      default -> throw new IllegalArgumentException("scale is full or smoke, not " + name);
    };
  }

  public boolean smoke() {
    return this == SMOKE;
  }
}
