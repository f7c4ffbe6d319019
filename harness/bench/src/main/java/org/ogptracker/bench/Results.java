package org.ogptracker.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
   * alone under pgbench. Each side's figures are the medians of its rounds. A read may also go
   * through other hops in the same rounds ({@code hopRounds}, by name: the gateway's proxy
   * library alone, {@link BareProxy}, and the peers nginx and HAProxy, {@link PeerProxy}).
   */
  record Read(String name, String example, List<Wrk.Result> directRounds,
      List<Wrk.Result> gatewayRounds, Map<String, List<Wrk.Result>> hopRounds,
      PgBench.Result sql) {
    /** The hop of the gateway's proxy library alone. */
    static final String BARE_PROXY = "vertx-http-proxy alone, nothing else (BareProxy)";

    Wrk.Result direct() {
      return Wrk.Result.median(directRounds);
    }

    Wrk.Result gateway() {
      return Wrk.Result.median(gatewayRounds);
    }

    double gatewayShare() {
      return gateway().perSecond() / direct().perSecond();
    }

    /** Through the hop of that name, or null when not measured. */
    Wrk.Result hop(String hop) {
      List<Wrk.Result> rounds = hopRounds.get(hop);
      return rounds == null || rounds.isEmpty() ? null : Wrk.Result.median(rounds);
    }

    /** A hop's throughput as a share of direct. */
    double share(Wrk.Result hop) {
      return hop.perSecond() / direct().perSecond();
    }

    /** What a hop adds to direct's p99. */
    double p99Cost(Wrk.Result hop) {
      return hop.p99Millis() - direct().p99Millis();
    }

    double gatewayP99Cost() {
      return p99Cost(gateway());
    }

    /** The lowest and highest gateway/direct throughput of one round against the round before. */
    double[] gatewayShareRange() {
      double low = Double.MAX_VALUE;
      double high = 0;
      for (int i = 0; i < directRounds.size(); i++) {
        double share = gatewayRounds.get(i).perSecond() / directRounds.get(i).perSecond();
        low = Math.min(low, share);
        high = Math.max(high, share);
      }
      return new double[] {low, high};
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
