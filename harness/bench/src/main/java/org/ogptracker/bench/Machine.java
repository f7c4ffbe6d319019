package org.ogptracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A line about the machine the figures come from. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
    } catch (IOException e) {
      // not Linux: the core count below still says something
    }
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
        + totalMemoryGib() + " GiB, Java " + System.getProperty("java.version");
  }

  private static long totalMemoryGib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
