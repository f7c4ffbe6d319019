package org.ogptracker.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

  /** One read direct to its service, through the gateway, and its SQL alone under pgbench. */
  record Read(String name, String example, Wrk.Result direct, Wrk.Result gateway,
      PgBench.Result sql) {
    double gatewayShare() {
      return gateway.perSecond() / direct.perSecond();
    }

    double gatewayP99Cost() {
      return gateway.p99Millis() - direct.p99Millis();
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
  Writes.Throughput writes;
  final List<Writes.Latency> latencies = new ArrayList<>();

  Results(Scale scale, String machine) {
    this.scale = scale;
    this.machine = machine;
  }
}
