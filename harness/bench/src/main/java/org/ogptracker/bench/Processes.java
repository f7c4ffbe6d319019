package org.ogptracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs a tool to its end and returns what it printed; a failing tool is an error. */
final class Processes {
  private Processes() {}

  /** What the tool printed on both streams. */
  static String output(ProcessBuilder builder) {
    return run(builder.redirectErrorStream(true));
  }

  /** What the tool printed on standard output (its log on standard error is dropped). */
  static String stdout(ProcessBuilder builder) {
    return run(builder.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD));
  }

  private static String run(ProcessBuilder builder) {
    try {
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = p.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", builder.command()) + " exited with "
            + exit + ":\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static boolean available(String tool) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
