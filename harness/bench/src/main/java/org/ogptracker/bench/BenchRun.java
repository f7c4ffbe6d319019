package org.ogptracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * deploy/bench/run: the suite measured against this machine's ceilings, in one run. The script
 * prepares PostgreSQL, Kafka, the topics and the tools; this runs the measurements and writes the
 * report. Usage: BenchRun --root DIR [--scale full|smoke] [--out FILE.md] [--only webhooks|pages]
 */
public final class BenchRun {
  /** Every service imports the OGP export at this path, on its own port (admin only). */
  private static final String IMPORT = "/api/v1/imports/ogp-export";
  /** The real OGP export: the demo data, and the pages the pages' measurement reads. */
  private static final String REAL_EXPORT = "deploy/demo-data/open_parliament_0703.csv";
  /** The columns commitments-service reads for a commitment (not the tsvector). */
  private static final String COMMITMENT_COLUMNS = "id, plan_id, member_code, title, description, "
      + "lead_institution, supporting_institutions, start_date, end_date, grand_challenges, "
      + "ogp_values, themes, source_url, version, created_at, updated_at";
  private final Scale scale;
  private final Path root;
  private final Path work;
  private final Database db = Database.fromEnvironment();
  private final String kafka = System.getenv().getOrDefault("OGP_KAFKA", "127.0.0.1:9092");
  private final Results results;
  private final Wrk wrk;
  private final PgBench pgbench;
  private final Tokens tokens;
  /** One group of measurements alone (webhooks or pages), or null for the whole run. */
  private final String only;

  private BenchRun(Scale scale, Path root, Path work, String only) {
    this.only = only;
    this.scale = scale;
    this.root = root;
    this.work = work;
    this.results = new Results(scale, Machine.describe());
    this.wrk = new Wrk(work, scale.connections());
    // pgbench saturates the cores with 16 clients; 32 more connections than the apps' pools
    // hold would pass a default PostgreSQL's limit of 100 while the suite runs beside it.
    this.pgbench = PgBench.available()
        ? new PgBench(db, work, Math.min(16, scale.connections())) : null;
    this.tokens = new Tokens(root);
  }

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.FULL;
    Path root = Path.of(".").toAbsolutePath().normalize();
    Path out = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = Scale.named(args[++i]);
        case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
        case "--only" -> {
          only = args[++i];
          if (!List.of("webhooks", "pages").contains(only)) {
            throw new IllegalArgumentException("--only takes webhooks or pages, not " + only);
          }
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path work = root.resolve(".local/bench").resolve(scale.name());
    Files.createDirectories(work);
    BenchRun run = new BenchRun(scale, root, work, only);
    run.measure();
    String table = Report.text(run.results);
    System.out.println();
    System.out.println(table);
    Path markdown = out != null ? out : work.resolve("benchmarks.md");
    Report.writeMarkdown(run.results, markdown);
    System.out.println("Report: " + markdown + " (chart beside it)");
  }

  private void measure() throws Exception {
    try (Apps apps = new Apps(root, work.resolve("logs"))) {
      if ("webhooks".equals(only)) {
        startSuite(apps);
        webhooks(apps, writes(apps));
        return;
      }
      if ("pages".equals(only)) {
        startSuite(apps);
        importRealExport(apps, new Drain(db));
        pages(apps);
        return;
      }
      ceilings(apps);
      startSuite(apps);
      Drain drain = new Drain(db);
      importRealExport(apps, drain);
      ScaleData data = loadAtScale(apps, drain);
      reads(apps, data);
      pages(apps);
      Writes writes = writes(apps);
      writes(writes, drain);
      webhooks(apps, writes);
      results.starts.replaceAll(s -> new Results.Start(s.app(), s.ready(), s.idleRssMib(),
          apps.get(s.app()).rssMib()));
    }
  }

  private Writes writes(Apps apps) {
    return new Writes(new Api(apps.get(Suite.GATEWAY).url()),
        new Api(apps.get(Suite.COUNTRIES).url()), new Api(apps.get(Suite.COMMITMENTS).url()),
        new Api(apps.get(Suite.REPORTS).url()), tokens);
  }

  /**
   * notifications-service started now (from the topics' ends, so the load before is not its
   * backlog), then webhooks at 50 changes/s: 100 subscriptions over 10 plans, again beside a
   * receiver that hangs, and a receiver that is down for a while.
   */
  private void webhooks(Apps apps, Writes writes) throws Exception {
    log("webhooks: starting notifications-service");
    Apps.App started = apps.start(Suite.NOTIFICATIONS, Suite.PORTS.get(Suite.NOTIFICATIONS),
        Suite.notifications());
    Webhooks hooks = new Webhooks(new Api(apps.get(Suite.GATEWAY).url()),
        new Api(started.url()), writes, tokens.government("ZCZ"));
    hooks.awaitConsuming(writes.target("ZCZ", 1));
    List<Writes.Target> plans = new ArrayList<>();
    for (int i = 0; i < Webhooks.PLANS; i++) {
      plans.add(writes.target("ZC" + (char) ('A' + i), 4));
    }
    // notifications-service has just started: its compiler would be busy during the first
    // measurement (the others have had the writes to warm up on).
    log("webhooks: warming up");
    hooks.fanout("warm-up", plans, scale.webhookLoad(), false);
    settleDeliveries();
    log("webhooks: " + Webhooks.SUBSCRIPTIONS + " subscriptions over " + Webhooks.PLANS
        + " plans, " + Webhooks.RATE + " changes/s for " + scale.webhookLoad().toSeconds() + " s");
    results.webhooks.add(hooks.fanout(Webhooks.SUBSCRIPTIONS + " subscriptions, "
        + Webhooks.SUBSCRIPTIONS / Webhooks.PLANS + " to each of " + Webhooks.PLANS + " plans",
        plans, scale.webhookLoad(), false));
    settleDeliveries();
    log("webhooks: the same beside a receiver that hangs 30 s on every request");
    results.webhooks.add(hooks.fanout("the same, beside one more (to every change) that hangs "
        + "30 s on each request", plans, scale.webhookLoad(), true));
    settleDeliveries();
    log("webhooks: a receiver down for " + scale.receiverDown().toSeconds() + " s");
    results.webhookOutage = hooks.outage(writes.target("ZCY", 4), scale.receiverDown());
  }

  /**
   * Each delivery sent leaves a dead row version behind (pending, then delivered), and each
   * measurement's end deletes its subscriptions' deliveries: vacuumed and analyzed before the next
   * measurement, as autovacuum would have done (it is off on the server this was written on, where
   * the first measurement after the warm-up planned on no statistics and fell 20 s behind).
   */
  private void settleDeliveries() throws Exception {
    String notifications = Suite.DATABASES.get(Suite.NOTIFICATIONS);
    db.settle(notifications);
    db.analyze(notifications);
  }

  /**
   * The public pages at {@code scale.pageReaders()} concurrent readers (issue 30: p99 under
   * 100 ms at 20), each kind of page over every page of it in the real export, through the gateway
   * as readers get them and direct from pages-service, in alternating rounds. wrk asks without
   * If-None-Match: every answer is a page rendered, not a 304.
   */
  private void pages(Apps apps) {
    Wrk readers = new Wrk(work, scale.pageReaders());
    String pages = apps.get(Suite.PAGES).url();
    String gateway = apps.get(Suite.GATEWAY).url();
    for (Pages.Kind kind : Pages.ofExport(root.resolve(REAL_EXPORT))) {
      log("page: " + kind.name());
      readers.run(pages, kind.paths(), scale.warmUp());
      readers.run(gateway, kind.paths(), scale.warmUp());
      List<Wrk.Result> direct = new ArrayList<>();
      List<Wrk.Result> viaGateway = new ArrayList<>();
      for (int round = 0; round < scale.readRounds(); round++) {
        direct.add(readers.run(pages, kind.paths(), scale.measure()));
        viaGateway.add(readers.run(gateway, kind.paths(), scale.measure()));
      }
      int n = kind.paths().size();
      results.pages.add(new Results.Read(kind.name() + " (" + n + (n == 1 ? " page)" : " pages)"),
          kind.paths().get(0), direct, viaGateway, Map.of(), null));
    }
  }

  /** HTTP with no work behind it, a primary-key select, a Kafka round trip. */
  private void ceilings(Apps apps) throws Exception {
    log("ceiling: a constant string from a Quarkus endpoint");
    Apps.App hello = apps.start(Suite.HELLO, Suite.PORTS.get(Suite.HELLO), Map.of());
    Wrk.Result helloResult = warmAndMeasure(hello.url(), List.of("/hello"));
    apps.stop(Suite.HELLO);
    PgBench.Result point = null;
    if (pgbench != null) {
      log("ceiling: pgbench select by primary key, 100,000 rows");
      db.recreate(Suite.PGBENCH_DATABASE);
      pgbench.initialize(Suite.PGBENCH_DATABASE);
      pgbench.pointSelect(Suite.PGBENCH_DATABASE, scale.warmUp());
      point = pgbench.pointSelect(Suite.PGBENCH_DATABASE, scale.measure());
    } else {
      log("pgbench not found: the SQL columns stay empty");
    }
    log("ceiling: Kafka send -> consume, acks=all");
    long[] kafkaTrips = KafkaRoundTrip.measure(kafka, scale.kafkaRoundTrips());
    results.ceilings = new Results.Ceilings(helloResult, point, Stats.millis(kafkaTrips, 0.5),
        Stats.millis(kafkaTrips, 0.99));
  }

  /**
   * Each app started alone on empty databases, timed to ready; idle memory once all run. The
   * full run times a second start of the build, the gateway's too, as a restart or a new replica
   * is: the first one after a build records its class-data archive (deploy/local/run-app) and is
   * ~1.5 s slower.
   */
  private void startSuite(Apps apps) throws Exception {
    db.recreate(Suite.DATABASES.values().toArray(String[]::new));
    if (!scale.smoke()) {
      for (String service : Suite.SERVICES) {
        log("first start of " + service + " (class-data archive)");
        apps.start(service, Suite.PORTS.get(service), Suite.service(service));
        apps.stop(service);
      }
    }
    if (!scale.smoke()) {
      log("first start of " + Suite.PAGES + " (class-data archive)");
      apps.start(Suite.PAGES, Suite.PORTS.get(Suite.PAGES), Suite.pages());
      apps.stop(Suite.PAGES);
    }
    List<Apps.App> started = new ArrayList<>();
    for (String service : Suite.SERVICES) {
      log("starting " + service);
      started.add(apps.start(service, Suite.PORTS.get(service), Suite.service(service)));
    }
    log("starting " + Suite.PAGES);
    started.add(apps.start(Suite.PAGES, Suite.PORTS.get(Suite.PAGES), Suite.pages()));
    if (!scale.smoke()) {
      // Ready once its services are: its first start needs them running.
      log("first start of gateway (class-data archive)");
      apps.start(Suite.GATEWAY, Suite.PORTS.get(Suite.GATEWAY), Suite.gateway());
      apps.stop(Suite.GATEWAY);
    }
    log("starting gateway");
    started.add(apps.start(Suite.GATEWAY, Suite.PORTS.get(Suite.GATEWAY), Suite.gateway()));
    Apps.sleep(3_000);
    for (Apps.App a : started) {
      results.starts.add(new Results.Start(a.name(), a.readyAfter(), a.rssMib(), -1));
    }
  }

  /** The real OGP export into all three services, until the events it made have landed. */
  private void importRealExport(Apps apps, Drain drain) throws Exception {
    log("importing the real OGP export into the three services");
    Path export = root.resolve(REAL_EXPORT);
    long start = System.nanoTime();
    for (String service : Suite.SERVICES) {
      new Api(apps.get(service).url()).upload(IMPORT, export, "text/csv", tokens.admin());
    }
    results.realImport = Duration.ofNanos(System.nanoTime() - start);
    drain.await(Duration.ofMinutes(10));
    results.realImportEvents = Duration.ofNanos(System.nanoTime() - start);
  }

  /** What the reads pick from: the generated commitments and members. */
  record ScaleData(List<SyntheticExport.Commitment> commitments, int firstPerMember) {}

  /** The synthetic export at scale through each service's import, in parts. */
  private ScaleData loadAtScale(Apps apps, Drain drain) throws Exception {
    log("generating " + scale.commitments() + " commitments of " + scale.plans() + " plans of "
        + scale.members() + " members");
    Path dir = work.resolve("export");
    SyntheticExport export = SyntheticExport.from(root.resolve(REAL_EXPORT));
    List<SyntheticExport.Commitment> commitments = export.write(scale, dir);
    List<Path> parts;
    try (var files = Files.list(dir)) {
      parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (String service : Suite.SERVICES) {
      log("loading the export into " + service + " (" + parts.size() + " parts)");
      Api api = new Api(apps.get(service).url());
      long start = System.nanoTime();
      for (Path part : parts) {
        api.upload(IMPORT, part, "text/csv", tokens.admin());
      }
      String what = switch (service) {
        case Suite.COUNTRIES -> "members (countries-service, export import)";
        case Suite.COMMITMENTS -> "commitments with their plans (commitments-service, export import)";
        default -> "IRM indicators (reports-service, export import)";
      };
      long rows = service.equals(Suite.COUNTRIES) ? scale.members() : commitments.size();
      results.loads.add(new Results.Load(what, rows, Duration.ofNanos(System.nanoTime() - start)));
    }
    log("generating " + scale.milestones() + " milestones and " + scale.progressUpdates()
        + " progress updates");
    SyntheticHistory.Files history = SyntheticHistory.write(export, commitments, scale, dir);
    Api api = new Api(apps.get(Suite.COMMITMENTS).url());
    results.loads.add(bulk(api, "/api/v1/imports/milestones", history.milestones(),
        "milestones (commitments-service, bulk import)", scale.milestones()));
    results.loads.add(bulk(api, "/api/v1/imports/progress", history.progress(),
        "progress updates, each with its event (commitments-service, bulk import)",
        scale.progressUpdates()));
    log("waiting for the events of the load to arrive");
    results.scaleEventsDrained = drain.await(Duration.ofMinutes(90));
    results.scaleEvents = drain.produced();
    // The reads are to measure the steady state, where autovacuum has analyzed the loaded tables
    // long since; a server with autovacuum off (as on the machine this was written on) would
    // plan them on no statistics at all (a GIN scan of 70,000 rows for a 20-row list page).
    log("refreshing the planner's statistics of the loaded databases (ANALYZE)");
    db.analyze(Suite.DATABASES.values().toArray(String[]::new));
    int firstPerMember = Integer.MAX_VALUE;
    Map<String, Long> perMember = new java.util.HashMap<>();
    commitments.forEach(c -> perMember.merge(c.member(), 1L, Long::sum));
    for (long n : perMember.values()) {
      firstPerMember = (int) Math.min(firstPerMember, n);
    }
    return new ScaleData(commitments, Math.min(firstPerMember, 10));
  }

  private Results.Load bulk(Api api, String path, List<Path> files, String what, long rows) {
    log("loading " + what + " (" + files.size() + " files)");
    long start = System.nanoTime();
    long created = 0;
    for (Path f : files) {
      created += api.upload(path, f, "text/csv", tokens.admin()).path("created").asLong();
    }
    if (created != rows) {
      throw new IllegalStateException(path + " created " + created + " of " + rows + " rows");
    }
    return new Results.Load(what, rows, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Each read direct, through the gateway, and its SQL under pgbench; one commitment also through
   * the gateway's proxy library alone.
   */
  private void reads(Apps apps, ScaleData data) throws Exception {
    String commitments = apps.get(Suite.COMMITMENTS).url();
    String reports = apps.get(Suite.REPORTS).url();
    String gateway = apps.get(Suite.GATEWAY).url();
    int members = scale.members();
    int k = data.firstPerMember();
    List<String> ones = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      for (int i = 1; i <= k; i++) {
        ones.add(String.format("/api/v1/commitments/%s%04d", SyntheticExport.member(m), i));
      }
    }
    String memberExpr = "'Q' || chr(65 + :m / 26) || chr(65 + :m % 26)";
    int target = apps.get(Suite.COMMITMENTS).port();
    Map<String, String> hops = new LinkedHashMap<>();
    List<PeerProxy> peers = new ArrayList<>();
    try (BareProxy bare = BareProxy.start(Suite.BARE_PROXY_PORT, target)) {
      hops.put(Results.Read.BARE_PROXY, "http://127.0.0.1:" + Suite.BARE_PROXY_PORT);
      for (PeerProxy.Kind kind : PeerProxy.Kind.values()) {
        if (PeerProxy.installed(kind)) {
          PeerProxy peer = PeerProxy.start(kind, work, Suite.PEER_PORTS.get(kind), target,
              "/q/health/ready");
          peers.add(peer);
          hops.put(kind.title, peer.url());
        } else {
          log(kind.title + " is not installed: its row says so");
          results.peersMissing.add(kind.title);
        }
      }
      read("GET one commitment", commitments, gateway, hops, ones, Suite.COMMITMENTS, """
          \\set m random(0, %d)
          \\set k random(1, %d)
          select %s from commitment where id = %s || lpad(:k::text, 4, '0');
          """.formatted(members - 1, k, COMMITMENT_COLUMNS, memberExpr));
    } finally {
      peers.forEach(PeerProxy::close);
    }
    List<String> lists = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      lists.add("/api/v1/commitments?country=" + SyntheticExport.member(m)
          + "&challenge=increasing_public_integrity&limit=20");
    }
    read("filtered list page (20)", commitments, gateway, Map.of(), lists, Suite.COMMITMENTS, """
        \\set m random(0, %d)
        select %s from commitment where member_code = %s
          and grand_challenges @> array['increasing_public_integrity'] order by id limit 21;
        """.formatted(members - 1, COMMITMENT_COLUMNS, memberExpr));
    // Common words, and one that matches nothing (its plan must not walk the whole table).
    List<String> words = List.of("parliament", "budget", "procurement", "transparency", "health",
        "cryptocurrency");
    String search = """
        \\set w random(1, %d)
        select %s from commitment where search @@ websearch_to_tsquery('english',
          (array['%s'])[:w]) order by id limit 21;
        """;
    read("full-text search (20)", commitments, gateway, Map.of(),
        words.stream().map(w -> "/api/v1/commitments?q=" + w + "&limit=20").toList(),
        Suite.COMMITMENTS, search.formatted(words.size(), COMMITMENT_COLUMNS,
            String.join("','", words)));
    // As a page of results shows them: titles, and snippets of the descriptions (issue 31).
    read("full-text search (20), snippets", commitments, gateway, Map.of(),
        words.stream().map(w -> "/api/v1/commitments?q=" + w + "&limit=20&descriptions=snippet")
            .toList(),
        Suite.COMMITMENTS, search.formatted(words.size(),
            COMMITMENT_COLUMNS.replace(", description,", ", left(description, 201),"),
            String.join("','", words)));
    List<String> cards = ones.stream().map(p -> p.replace("/commitments/", "/scorecards/")).toList();
    read("scorecard", reports, gateway, Map.of(), cards, Suite.REPORTS, """
        \\set m random(0, %d)
        \\set k random(1, %d)
        begin;
        select * from commitment_replica where id = %s || lpad(:k::text, 4, '0');
        select * from commitment_assessment where commitment_id = %s || lpad(:k::text, 4, '0');
        select * from milestone_replica where commitment_id = %s || lpad(:k::text, 4, '0') order by id;
        select r.*, a.* from report r join assessment a on a.report_id = r.id
          where a.commitment_id = %s || lpad(:k::text, 4, '0') and r.status = 'published';
        end;
        """.formatted(members - 1, k, memberExpr, memberExpr, memberExpr, memberExpr));
  }

  /** One read direct, through the gateway and through each of {@code hops} (name to URL). */
  private void read(String name, String service, String gateway, Map<String, String> hops,
      List<String> paths, String serviceName, String sql) {
    log("read: " + name);
    wrk.run(service, paths, scale.warmUp());
    wrk.run(gateway, paths, scale.warmUp());
    hops.values().forEach(hop -> wrk.run(hop, paths, scale.warmUp()));
    // Rounds that alternate, so that the machine's drift (other tenants, a compilation, a
    // checkpoint) falls on every side alike rather than on whichever ran last.
    List<Wrk.Result> direct = new ArrayList<>();
    List<Wrk.Result> viaGateway = new ArrayList<>();
    Map<String, List<Wrk.Result>> viaHops = new LinkedHashMap<>();
    hops.keySet().forEach(hop -> viaHops.put(hop, new ArrayList<>()));
    // The hops' read gets more rounds: its shares are compared point by point across hops.
    int rounds = hops.isEmpty() ? scale.readRounds() : scale.hopRounds();
    for (int round = 0; round < rounds; round++) {
      direct.add(wrk.run(service, paths, scale.measure()));
      viaGateway.add(wrk.run(gateway, paths, scale.measure()));
      hops.forEach((hop, url) -> viaHops.get(hop).add(wrk.run(url, paths, scale.measure())));
    }
    PgBench.Result alone = null;
    if (pgbench != null) {
      alone = pgbench.script(Suite.DATABASES.get(serviceName), sql, scale.measure());
    }
    results.reads.add(new Results.Read(name, paths.get(0), direct, viaGateway, viaHops, alone));
  }

  private Wrk.Result warmAndMeasure(String base, List<String> paths) {
    wrk.run(base, paths, scale.warmUp());
    return wrk.run(base, paths, scale.measure());
  }

  /** Progress updates through the gateway: as fast as accepted, then at 50 and 200 per second. */
  private void writes(Writes writes, Drain drain) throws Exception {
    log("writes: progress updates through the gateway, closed loop");
    // Twice as many milestones as writers: updates of one milestone queue on its row.
    Writes.Target target = writes.target("ZBW", 2 * scale.connections());
    results.writesWarmUp = writes.warmUp(target, scale.connections(),
        Duration.ofSeconds(scale.writeSeconds()), scale.writeWarmUp());
    log("writes: warm after " + results.writesWarmUp.took().toSeconds() + " s ("
        + results.writesWarmUp.rounds() + " rounds, last " + Math.round(results.writesWarmUp.last())
        + "/s)");
    results.writes = writes.closedLoop(target, scale.connections(), Duration.ofSeconds(scale.writeSeconds()));
    if (pgbench != null && WriteAnchor.available()) {
      drain.await(Duration.ofMinutes(10)); // the suite idle while pgbench has the cores
      log("writes: their SQL alone under pgbench, " + scale.connections() + " clients (the anchor)");
      results.writeAnchor = new WriteAnchor(db, work).measure(pgbench, target,
          scale.connections(), Duration.ofSeconds(scale.writeSeconds()));
    } else {
      log("pgbench, pg_dump or psql not found: the writes have no anchor");
    }
    String[] members = {"ZBL", "ZBM"};
    String[] warmUpMembers = {"ZBJ", "ZBK"};
    int[] rates = {50, 200};
    drain.await(Duration.ofMinutes(10));
    long settling = System.nanoTime();
    db.settle(Suite.DATABASES.values().toArray(String[]::new));
    log("PostgreSQL settled (vacuum, checkpoint) in "
        + Duration.ofNanos(System.nanoTime() - settling).toSeconds() + " s");
    for (int i = 0; i < rates.length; i++) {
      log("event latency at " + rates[i] + " updates/s");
      Writes.Target t = writes.target(members[i], 16);
      // A few seconds at the rate first, on a plan of their own: the measured updates meet a
      // relay and a consumer already at that pace.
      writes.atRate(writes.target(warmUpMembers[i], 16), Math.max(1, scale.latencyUpdates() / 5),
          rates[i]);
      drain.await(Duration.ofMinutes(5)); // from the events before: measured from a standstill
      results.latencies.add(writes.atRate(t, scale.latencyUpdates(), rates[i]));
    }
  }

  static void log(String message) {
    System.err.printf("%s bench: %s%n", java.time.LocalTime.now().withNano(0), message);
  }

}
