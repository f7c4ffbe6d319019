package org.ogptracker.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one shape of every service (docs/architecture.md), read from its sources: domain/ holds
 * the rules and entities and knows nothing of the ways in (HTTP, Kafka) or of JSON. A service's
 * test calls this with its own package, run from its module's directory.
 */
public final class ServiceShape {
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

  private ServiceShape() {}

  /** What domain/ may import besides itself: the JDK, JPA and Hibernate mappings, enum codes. */
  static final List<String> DOMAIN_MAY_USE = List.of("java.", "jakarta.persistence.",
      "org.hibernate.annotations.", "org.hibernate.type.", "org.ogptracker.platform.codes.");

  /**
   * Each import of {@code org.ogptracker.<service>.domain} outside what it may use, as
   * "File.java: imported.Name".
   */
  public static List<String> domainImportsOutOfPlace(String service) {
    String own = "org.ogptracker." + service + ".domain.";
    Path domain = Path.of("src/main/java/org/ogptracker", service, "domain");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(domain)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String imported = m.group(1);
          if (!imported.startsWith(own)
              && DOMAIN_MAY_USE.stream().noneMatch(imported::startsWith)) {
            wrong.add(f.getFileName() + ": " + imported);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return wrong;
  }
}
