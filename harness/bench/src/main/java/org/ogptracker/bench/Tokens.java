package org.ogptracker.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens signed by the local stack's dev key, minted by deploy/local/token. */
final class Tokens {
  private final Path root;
  private final Map<String, String> minted = new ConcurrentHashMap<>();

  Tokens(Path root) {
    this.root = root;
  }

  String admin() {
    return mint("admin");
  }

  String government(String member) {
    return mint("government", member);
  }

  private String mint(String... args) {
    return minted.computeIfAbsent(String.join(" ", args), k -> {
      List<String> command = new ArrayList<>(List.of(root.resolve("deploy/local/token").toString()));
      command.addAll(List.of(args));
      return Processes.stdout(new ProcessBuilder(command)).trim();
    });
  }
}
