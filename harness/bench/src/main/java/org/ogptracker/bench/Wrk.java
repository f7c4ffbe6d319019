package org.ogptracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load with wrk (2 threads, fixed connections, closed loop), cycling through a list of
 * paths with a small Lua script so that a read does not hit one row only. A run with any error
 * (an answer not 2xx or 3xx, a socket error) fails: wrong answers measured fast are no figure.
 */
final class Wrk {
  /** What one run measured. Errors are non-2xx answers and socket errors. */
  record Result(double perSecond, double p50Millis, double p99Millis, long requests, long errors) {
    /**
     * Several runs of one load as one: the median of each figure (rate, p50 and p99 apart), the
     * sum of requests and errors.
     */
    static Result median(List<Result> runs) {
      if (runs.isEmpty()) {
        throw new IllegalArgumentException("no runs");
      }
      return new Result(median(runs, Result::perSecond), median(runs, Result::p50Millis),
          median(runs, Result::p99Millis), runs.stream().mapToLong(Result::requests).sum(),
          runs.stream().mapToLong(Result::errors).sum());
    }

    private static double median(List<Result> runs, ToDoubleFunction<Result> figure) {
      return Stats.median(runs.stream().mapToDouble(figure).toArray());
    }
  }

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
      Pattern.MULTILINE);
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
  private static final Pattern SOCKET = Pattern.compile(
      "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");
  private static final String SCRIPT = """
      -- Cycles through the paths in the file named by WRK_PATHS, one request each.
      local paths = {}
      for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
      local i = math.random(#paths)
      request = function()
        i = i % #paths + 1
        return wrk.format("GET", paths[i])
      end
      """;
  private final Path work;
  private final int connections;

  Wrk(Path work, int connections) {
    this.work = work;
    this.connections = connections;
  }

  Result run(String baseUrl, List<String> paths, Duration duration) {
    try {
      Files.createDirectories(work);
      Path script = work.resolve("paths.lua");
      Files.writeString(script, SCRIPT);
      Path list = Files.createTempFile(work, "paths", ".txt");
      Files.write(list, paths);
      List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
          "-d" + Math.max(1, duration.toSeconds()) + "s", "--latency", "--timeout", "10s",
          "-s", script.toString(), baseUrl));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("WRK_PATHS", list.toString());
      String out = Processes.output(builder);
      Files.deleteIfExists(list);
      return checked(out, baseUrl + " " + paths.get(0) + " (" + paths.size() + " paths)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The run's figures, or an exception naming what failed when any request did. */
  static Result checked(String out, String what) {
    Result r = parse(out);
    if (r.errors() > 0) {
      throw new IllegalStateException(what + ": " + r.errors() + " of " + r.requests()
          + " requests failed (answers not 2xx/3xx, socket errors); wrk printed:\n" + out);
    }
    return r;
  }

  static Result parse(String out) {
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("wrk printed no rate:\n" + out);
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher p = PERCENTILE.matcher(out);
    while (p.find()) {
      double ms = toMillis(Double.parseDouble(p.group(2)), p.group(3));
      if (p.group(1).equals("50")) {
        p50 = ms;
      } else {
        p99 = ms;
      }
    }
    long errors = 0;
    Matcher non2xx = NON_2XX.matcher(out);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
    }
    Matcher socket = SOCKET.matcher(out);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(socket.group(g));
      }
    }
    Matcher total = TOTAL.matcher(out);
    long requests = total.find() ? Long.parseLong(total.group(1)) : 0;
    return new Result(Double.parseDouble(rate.group(1)), p50, p99, requests, errors);
  }

  private static double toMillis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }
}
