package org.ogptracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run as one printed table, and as docs/benchmarks.md with its chart. */
final class Report {
  private Report() {}

  /** A target of issue 8, and whether this run met it. */
  record Target(String what, String measured, boolean met) {}

  static String text(Results r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("OGP Tracker benchmark, %s scale, %s%n%s; loopback, wrk 2 threads x %d "
            + "connections, %d s per measurement%n%n", r.scale.name(),
        LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), r.machine, r.scale.connections(),
        r.scale.measure().toSeconds()));
    for (Table t : tables(r)) {
      b.append(t.title()).append('\n').append(t.text()).append('\n');
    }
    return b.toString();
  }

  static void writeMarkdown(Results r, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder b = new StringBuilder();
    if (r.ceilings == null) {
      if (r.webhooks.isEmpty()) {
        pagesOnly(r, b);
      } else {
        webhooksOnly(r, b);
      }
      Files.writeString(file, b.toString());
      return;
    }
    String chartName = file.getFileName().toString().replaceFirst("\\.md$", "") + ".png";
    Chart.write(r, file.resolveSibling(chartName));
    b.append("# Benchmarks\n\n");
    b.append("Written by `deploy/bench/run` (").append(r.scale.name()).append(" scale) on ")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append(": ")
        .append(r.machine).append(". Every figure comes from that one run, on loopback, with ")
        .append("everything (load generator, apps, PostgreSQL, Kafka) on the same cores: compare ")
        .append("the ratios, not the absolute numbers, with another machine's. wrk runs 2 threads ")
        .append("and ").append(r.scale.connections()).append(" connections, ")
        .append(r.scale.measure().toSeconds()).append(" s per measurement after a warm-up; ")
        .append(r.scale.readRounds() == 1 ? "each read runs once direct and once through the gateway; "
            : "each read runs " + r.scale.readRounds() + " rounds direct and through the gateway "
                + "in turn (the read of one commitment " + r.scale.hopRounds() + " rounds, "
                + "through every hop), and its figures are the medians of its rounds; a "
                + "hop's share of direct and its p99 cost are taken round by round against "
                + "that round's direct measurement, their median given (beside the "
                + "gateway/direct ratio, the lowest and highest of its rounds); ")
        .append("pgbench runs 16 clients on 2 threads.\n\n");
    b.append("![Reads against the ceilings](").append(chartName).append(")\n\n");
    for (Table t : tables(r)) {
      b.append("## ").append(t.title()).append("\n\n").append(t.markdown()).append('\n');
    }
    Files.writeString(file, b.toString());
  }

  /** The report of {@code deploy/bench/run --pages}: the public pages alone. */
  private static void pagesOnly(Results r, StringBuilder b) {
    only(r, b, "the public pages", "--pages", "The suite on empty databases with the real OGP "
        + "export imported (the demo data), then wrk (2 threads, " + r.scale.pageReaders()
        + " connections: concurrent readers) over every page of each kind in the export, "
        + r.scale.measure().toSeconds() + " s per measurement after a warm-up, "
        + r.scale.readRounds() + " rounds direct from pages-service and through the gateway in "
        + "turn (figures: the medians of the rounds). Every answer must be 2xx or the run fails. "
        + "wrk sends no If-None-Match, so every answer carries the page's bytes; pages-service "
        + "keeps each page it made for 10 s and makes a page read after 5 s again in the "
        + "background (its default `ogp.pages.cache-ttl`), so most answers are kept pages and "
        + "each page of a kind is made again about every 5 s while the readers cycle through "
        + "them. Everything runs on the same cores: compare the rows, not another machine's "
        + "figures.");
  }

  /** The report of {@code deploy/bench/run --webhooks}: the webhook measurements alone. */
  private static void webhooksOnly(Results r, StringBuilder b) {
    only(r, b, "webhooks", "--webhooks", "The suite on empty databases, then "
        + "notifications-service reading from the topics' ends; progress updates through the "
        + "gateway at " + Webhooks.RATE + " per second over " + Webhooks.PLANS + " plans for "
        + r.scale.webhookLoad().toSeconds() + " s per measurement. A delivery's latency runs "
        + "from its change's commit (the CloudEvent's `time`, set in the writing transaction) to "
        + "its arrival at a real HTTP receiver in the benchmark's JVM, which checks every "
        + "signature; every receiver must have every change of its plan in the feed's order, or "
        + "the run fails. Everything runs on the same cores: compare the rows, not another "
        + "machine's figures.");
  }

  /** A report of one group of measurements alone: what it is, its option, how it was measured. */
  private static void only(Results r, StringBuilder b, String title, String option,
      String how) {
    b.append("# Benchmarks: ").append(title).append("\n\n");
    b.append("Written by `deploy/bench/run ").append(option).append("` (")
        .append(r.scale.name()).append(" scale) on ")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append(": ")
        .append(r.machine).append(". ").append(how).append("\n\n");
    for (Table t : tables(r)) {
      b.append("## ").append(t.title()).append("\n\n").append(t.markdown()).append('\n');
    }
  }

  static List<Target> targets(Results r) {
    List<Target> t = new ArrayList<>();
    Results.Read one = r.reads.isEmpty() ? null : r.reads.get(0);
    if (one != null) {
      double ceiling = r.ceilings.combined();
      t.add(new Target("GET one commitment >= 50% of the combined ceiling",
          pct(one.direct().perSecond() / ceiling), one.direct().perSecond() >= 0.5 * ceiling));
    }
    for (Results.Read read : r.reads) {
      t.add(new Target("gateway on " + read.name() + ": >= 85% of direct throughput, <= +2 ms p99",
          pct(read.gatewayShare()) + ", " + signedMs(read.gatewayP99Cost()),
          read.gatewayShare() >= 0.85 && read.gatewayP99Cost() <= 2));
      betterPeer(read).ifPresent(peer -> {
        t.add(new Target("gateway on " + read.name() + ": within 5 points of the better of nginx "
            + "and HAProxy (" + peer + "), p99 cost <= theirs + 1 ms", pct(read.gatewayShare())
            + " against " + pct(read.hopShare(peer)) + ", " + signedMs(read.gatewayP99Cost())
            + " against " + signedMs(read.hopP99Cost(peer)),
            read.gatewayShare() >= read.hopShare(peer) - 0.05
                && read.gatewayP99Cost() <= read.hopP99Cost(peer) + 1));
      });
    }
    if (r.writes != null && r.writeAnchor != null) {
      double share = r.writes.perSecond() / r.writeAnchor.sql().perSecond();
      t.add(new Target("progress updates through the gateway >= 50% of their SQL alone "
          + "(pgbench)", pct(share), share >= 0.5));
    }
    r.latencies.stream().filter(l -> l.rate() == 50).findFirst().ifPresent(l -> t.add(new Target(
        "event latency p99 <= 50 ms at 50 updates/s", ms(l.p99Millis()), l.p99Millis() <= 50)));
    for (Results.Read read : r.reads) {
      if (read.name().startsWith("filtered") || read.name().startsWith("full-text")) {
        t.add(new Target(read.name() + " p99 <= 50 ms at " + r.scale.commitments() + " commitments "
            + "(through the gateway)", ms(read.gateway().p99Millis()), read.gateway().p99Millis() <= 50));
      }
    }
    for (Results.Read page : r.pages) {
      t.add(new Target("page " + page.name() + ": p99 <= 100 ms at " + r.scale.pageReaders()
          + " readers (through the gateway)", ms(page.gateway().p99Millis()),
          page.gateway().p99Millis() <= 100));
    }
    if (!r.webhooks.isEmpty()) {
      Webhooks.Fanout plain = r.webhooks.get(0);
      t.add(new Target("webhook commit -> received p99 <= 1 s at " + Webhooks.RATE
          + " changes/s, " + Webhooks.SUBSCRIPTIONS + " subscriptions", ms(plain.p99Millis()),
          plain.p99Millis() <= 1000));
      r.webhooks.stream().skip(1).findFirst().ifPresent(beside -> t.add(new Target(
          "... and beside a receiver hanging 30 s per request", ms(beside.p99Millis()),
          beside.p99Millis() <= 1000)));
    }
    if (r.webhookOutage != null) {
      Webhooks.Outage o = r.webhookOutage;
      // A lost or out-of-order change fails the run before this is written.
      t.add(new Target("a receiver down " + o.down().toSeconds() + " s gets everything after, "
          + "in order per plan", "all " + o.changes() + ", in order; caught up "
          + seconds(o.caughtUpAfter()) + " s after it came back", true));
    }
    for (Results.Start s : r.starts) {
      double seconds = s.ready().toMillis() / 1000.0;
      t.add(new Target(s.app() + " ready in <= 3 s, RSS <= 300 MB idle",
          String.format(Locale.ROOT, "%.1f s, %d MiB", seconds, s.idleRssMib()),
          seconds <= 3 && s.idleRssMib() <= 300));
    }
    return t;
  }

  /** Of the peers measured on a read, the one with the largest share of direct. */
  static Optional<String> betterPeer(Results.Read read) {
    return Arrays.stream(PeerProxy.Kind.values()).map(k -> k.title)
        .filter(name -> read.hop(name) != null)
        .max(Comparator.comparingDouble(read::hopShare));
  }

  private static List<Table> tables(Results r) {
    List<Table> tables = new ArrayList<>();
    if (r.ceilings != null) {
      measured(r, tables);
    }
    if (!r.pages.isEmpty()) {
      tables.add(pages(r));
    }
    if (!r.webhooks.isEmpty()) {
      tables.add(webhooks(r));
    }
    Table targets = new Table("Targets (issues 8, 29, 30 and 31)",
        List.of("target", "measured", "met"));
    for (Target t : targets(r)) {
      targets.row(t.what(), t.measured(), t.met() ? "yes" : "NO");
    }
    tables.add(targets);
    return tables;
  }

  private static Table pages(Results r) {
    Table pages = new Table("Public pages at " + r.scale.pageReaders() + " concurrent readers "
        + "(HTML, every page of each kind in the real export)", List.of("page", "example",
            "direct req/s", "p50", "p99", "gateway req/s", "p50", "p99"));
    for (Results.Read x : r.pages) {
      pages.row(x.name(), x.example(), rate(x.direct().perSecond()),
          ms(x.direct().p50Millis()), ms(x.direct().p99Millis()), rate(x.gateway().perSecond()),
          ms(x.gateway().p50Millis()), ms(x.gateway().p99Millis()));
    }
    return pages;
  }

  private static Table webhooks(Results r) {
    Table hooks = new Table("Webhooks: commit -> received by a real HTTP receiver (signature "
        + "checked)", List.of("what", "changes/s", "deliveries", "p50", "p99", "max", "detail"));
    for (Webhooks.Fanout f : r.webhooks) {
      hooks.row(f.what(), Integer.toString(Webhooks.RATE), count(f.deliveries()),
          ms(f.p50Millis()), ms(f.p99Millis()), ms(f.maxMillis()), f.changes()
              + " changes over " + Webhooks.PLANS + " plans; all in order, " + f.duplicates()
              + " sent twice");
    }
    if (r.webhookOutage != null) {
      Webhooks.Outage o = r.webhookOutage;
      hooks.row("a receiver down (connection refused) " + o.down().toSeconds() + " s", "5",
          count(o.changes()), "", "", "", "all after it came back, in order, caught up after "
              + seconds(o.caughtUpAfter()) + " s (retries back off from 5 s, doubling); "
              + o.duplicates() + " sent twice");
    }
    return hooks;
  }

  /** The tables of a full or smoke run (not of --only webhooks). */
  private static void measured(Results r, List<Table> tables) {
    Results.Ceilings c = r.ceilings;
    Table ceilings = new Table("Ceilings of this machine (same run)",
        List.of("what", "req/s", "p50", "p99"));
    ceilings.row("HTTP: constant string from a Quarkus endpoint", rate(c.hello().perSecond()),
        ms(c.hello().p50Millis()), ms(c.hello().p99Millis()));
    if (c.pointSelect() != null) {
      ceilings.row("PostgreSQL: select by primary key, 100,000 rows (pgbench)",
          rate(c.pointSelect().perSecond()), ms(c.pointSelect().p50Millis()),
          ms(c.pointSelect().p99Millis()));
    }
    ceilings.row("HTTP in, one indexed row out: 1/(1/http + 1/sql)", rate(c.combined()), "", "");
    ceilings.row("Kafka send -> consume, acks=all, idempotent", "", ms(c.kafkaP50()), ms(c.kafkaP99()));
    tables.add(ceilings);

    Table loads = new Table("Data loaded through the bulk paths", List.of("what", "rows", "seconds", "rows/s"));
    for (Results.Load l : r.loads) {
      loads.row(l.what(), count(l.rows()), seconds(l.took()), rate(l.perSecond()));
    }
    if (r.scaleEventsDrained != null) {
      loads.row("then until every event was consumed (" + count(r.scaleEvents) + " in all)", "",
          seconds(r.scaleEventsDrained), "");
    }
    tables.add(loads);

    Table reads = new Table("Reads at " + count(r.scale.commitments()) + " commitments",
        List.of("read", "direct req/s", "p50", "p99", "gateway req/s", "p50", "p99",
            "gateway/direct", "p99 cost", "SQL alone tps", "SQL p99", "direct/ceiling"));
    for (Results.Read x : r.reads) {
      reads.row(x.name(), rate(x.direct().perSecond()), ms(x.direct().p50Millis()),
          ms(x.direct().p99Millis()), rate(x.gateway().perSecond()), ms(x.gateway().p50Millis()),
          ms(x.gateway().p99Millis()), pct(x.gatewayShare()) + shareRange(x), signedMs(x.gatewayP99Cost()),
          x.sql() == null ? "n/a" : rate(x.sql().perSecond()),
          x.sql() == null ? "n/a" : ms(x.sql().p99Millis()), pct(x.direct().perSecond() / c.combined()));
    }
    tables.add(reads);

    for (Results.Read x : r.reads) {
      if (x.hopRounds().isEmpty()) {
        continue;
      }
      Table hop = new Table("The hop: " + x.name() + " through the gateway, its proxy library "
          + "alone and its peers (same rounds)", List.of("path", "req/s", "p50", "p99",
              "of direct", "p99 cost"));
      hop.row("direct to the service", rate(x.direct().perSecond()), ms(x.direct().p50Millis()),
          ms(x.direct().p99Millis()), "100%", "");
      x.hopRounds().keySet().forEach(name -> {
        Wrk.Result via = x.hop(name);
        hop.row(name, rate(via.perSecond()), ms(via.p50Millis()), ms(via.p99Millis()),
            pct(x.hopShare(name)), signedMs(x.hopP99Cost(name)));
      });
      r.peersMissing.forEach(name -> hop.row(name, "not installed", "", "", "", ""));
      hop.row("the gateway", rate(x.gateway().perSecond()), ms(x.gateway().p50Millis()),
          ms(x.gateway().p99Millis()), pct(x.gatewayShare()), signedMs(x.gatewayP99Cost()));
      tables.add(hop);
    }

    Table writes = new Table("Writes and events", List.of("what", "per second", "p50", "p99", "detail"));
    if (r.writes != null) {
      Writes.Throughput w = r.writes;
      writes.row("progress updates through the gateway (closed loop)", rate(w.perSecond()),
          ms(w.p50Millis()), ms(w.p99Millis()), count(w.accepted()) + " accepted, " + w.failed()
              + " failed; outbox empty " + seconds(w.publishedAfter()) + " s after the last"
              + (r.writesWarmUp == null ? "" : "; after a warm-up of "
                  + r.writesWarmUp.took().toSeconds() + " s (" + r.writesWarmUp.rounds()
                  + " rounds, " + (r.writesWarmUp.steady() ? "the last two within 5%"
                  : "not steady yet: cut at its limit") + ")"));
    }
    if (r.writeAnchor != null) {
      PgBench.Result sql = r.writeAnchor.sql();
      writes.row("... their SQL alone (pgbench, " + r.writeAnchor.clients() + " clients): the "
          + "write, the relay's mark, the consumer's inbox and timeline", rate(sql.perSecond()),
          ms(sql.p50Millis()), ms(sql.p99Millis()), r.writes == null ? ""
              : "the suite reached " + pct(r.writes.perSecond() / sql.perSecond()) + " of it");
    }
    for (Writes.Latency l : r.latencies) {
      writes.row("event latency: commit -> reports-service timeline", Integer.toString(l.rate()),
          ms(l.p50Millis()), ms(l.p99Millis()), l.arrived() + " of " + l.updates() + " arrived, max "
              + ms(l.maxMillis()));
    }
    tables.add(writes);

    Table starts = new Table("Start-up and memory", List.of("app", "ready after", "RSS idle", "RSS after the load"));
    for (Results.Start s : r.starts) {
      starts.row(s.app(), seconds(s.ready()) + " s", s.idleRssMib() + " MiB",
          s.loadedRssMib() < 0 ? "" : s.loadedRssMib() + " MiB");
    }
    if (r.realImport != null) {
      starts.row("import of the real export (558 commitments) into all three", seconds(r.realImport)
          + " s", "events landed after " + seconds(r.realImportEvents) + " s", "");
    }
    tables.add(starts);
  }

  static String rate(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String ms(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f ms", v);
  }

  static String signedMs(double v) {
    return String.format(Locale.ROOT, "%+.2f ms", v);
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }

  /** " (58-66%)": the gateway/direct ratio's spread over the rounds; nothing for one round. */
  private static String shareRange(Results.Read read) {
    if (read.directRounds().size() < 2) {
      return "";
    }
    double[] range = read.gatewayShareRange();
    return String.format(Locale.ROOT, " (%.0f-%.0f%%)", 100 * range[0], 100 * range[1]);
  }

  static String seconds(Duration d) {
    return d.isNegative() ? "n/a" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }
}
