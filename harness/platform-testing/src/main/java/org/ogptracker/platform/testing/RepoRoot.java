package org.ogptracker.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root, from whichever module's directory a test runs in (an app's, or a
 * harness module's one level deeper): the first directory up that holds the Maven wrapper.
 */
public final class RepoRoot {
  public static final Path PATH = find();

  private RepoRoot() {}

  private static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  public static Path resolve(String path) {
    return PATH.resolve(path);
  }
}
