package org.ogptracker.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/** Everything one run measured, in the order the report shows it. */
final class Results {
  /** This machine's limits, measured in the same run. */
  record Ceilings(Wrk.Result hello, PgBench.Result pointSelect, double kafkaP50, double kafkaP99) {
    /** "HTTP in, one indexed row out": both costs paid once per request, on the same cores. */
    double combined() {
      if (pointSelect == null) {
        return hello.perSecond();
      }
      return 1 / (1 / hello.perSecond() + 1 / pointSelect.perSecond());
    }
  }

  /** One app's start-up (spawn to ready) and resident memory, idle and after the load. */
  record Start(String app, Duration ready, long idleRssMib, long loadedRssMib) {}

  /** Rows loaded through a bulk path, and how long it took. */
  record Load(String what, long rows, Duration took) {
    double perSecond() {
      return rows / Math.max(1e-9, took.toNanos() / 1e9);
    }
  }

  /**
   * One read direct to its service and through the gateway, measured in rounds that alternate
   * (direct, gateway, direct, ...) so that drift of the machine falls on both alike; and its SQL
   * alone under pgbench. Each side's req/s and latencies are the medians of its rounds; a hop's
   * share of direct and its p99 cost are taken round by round, each against the direct
   * measurement of its own round, and their median given: the machine's speed moved by a factor
   * of two between rounds in some runs, and a ratio of two medians from different rounds carries
   * that drift into the comparison. A read may also go through other hops in the same rounds
   * ({@code hopRounds}, by name: the gateway's proxy library alone, {@link BareProxy}, and the
   * peers nginx and HAProxy, {@link PeerProxy}).
   */
  record Read(String name, String example, List<Wrk.Result> directRounds,
      List<Wrk.Result> gatewayRounds, Map<String, List<Wrk.Result>> hopRounds,
      PgBench.Result sql) {
    /** The hop of the gateway's proxy library alone. */
    static final String BARE_PROXY = "vertx-http-proxy alone, nothing else (BareProxy)";
    /** A hop's throughput against its round's direct throughput. */
    private static final ToDoubleBiFunction<Wrk.Result, Wrk.Result> SHARE =
        (via, direct) -> via.perSecond() / direct.perSecond();

    Wrk.Result direct() {
      return Wrk.Result.median(directRounds);
    }

    Wrk.Result gateway() {
      return Wrk.Result.median(gatewayRounds);
    }

    double gatewayShare() {
      return share(gatewayRounds);
    }

    double gatewayP99Cost() {
      return p99Cost(gatewayRounds);
    }

    /** Through the hop of that name, or null when not measured. */
    Wrk.Result hop(String hop) {
      List<Wrk.Result> rounds = hopRounds.get(hop);
      return rounds == null || rounds.isEmpty() ? null : Wrk.Result.median(rounds);
    }

    /** The named hop's throughput as a share of direct (see above: round by round). */
    double hopShare(String hop) {
      return share(hopRounds.get(hop));
    }

    /** What the named hop adds to direct's p99 (round by round). */
    double hopP99Cost(String hop) {
      return p99Cost(hopRounds.get(hop));
    }

    private double share(List<Wrk.Result> rounds) {
      return perRound(rounds, SHARE);
    }

    private double p99Cost(List<Wrk.Result> rounds) {
      return perRound(rounds, (via, direct) -> via.p99Millis() - direct.p99Millis());
    }

    /** The median over the rounds of {@code figure(round's hop, round's direct)}. */
    private double perRound(List<Wrk.Result> rounds, ToDoubleBiFunction<Wrk.Result, Wrk.Result> figure) {
      return Stats.median(eachRound(rounds, figure));
    }

    /** {@code figure(round's hop, round's direct)} for each round. */
    private double[] eachRound(List<Wrk.Result> rounds,
        ToDoubleBiFunction<Wrk.Result, Wrk.Result> figure) {
      if (rounds.size() != directRounds.size()) {
        throw new IllegalStateException(name + ": " + rounds.size() + " rounds against "
            + directRounds.size() + " direct");
      }
      double[] each = new double[rounds.size()];
      for (int i = 0; i < each.length; i++) {
        each[i] = figure.applyAsDouble(rounds.get(i), directRounds.get(i));
      }
      return each;
    }

    /** The lowest and highest gateway/direct throughput of one round, against its own direct. */
    double[] gatewayShareRange() {
      double[] shares = eachRound(gatewayRounds, SHARE);
      return new double[] {Arrays.stream(shares).min().orElseThrow(),
          Arrays.stream(shares).max().orElseThrow()};
    }
  }

  final Scale scale;
  final String machine;
  Ceilings ceilings;
  final List<Start> starts = new ArrayList<>();
  Duration realImport;
  Duration realImportEvents;
  final List<Load> loads = new ArrayList<>();
  Duration scaleEventsDrained;
  long scaleEvents;
  final List<Read> reads = new ArrayList<>();
  /** The public pages: direct from pages-service and through the gateway (no bare proxy, no SQL). */
  final List<Read> pages = new ArrayList<>();
  Writes.Throughput writes;
  /** The closed loop's warm-up: how long, and whether its last two rounds agreed. */
  Writes.WarmUp writesWarmUp;
  /** The SQL of the same progress updates alone under pgbench, or null without pgbench. */
  WriteAnchor.Measured writeAnchor;
  final List<Writes.Latency> latencies = new ArrayList<>();
  final List<Webhooks.Fanout> webhooks = new ArrayList<>();
  Webhooks.Outage webhookOutage;
  /** Peers of the gateway's hop that are not installed here (their rows say so). */
  final List<String> peersMissing = new ArrayList<>();

  Results(Scale scale, String machine) {
    this.scale = scale;
    this.machine = machine;
  }
}
