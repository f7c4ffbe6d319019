package org.ogptracker.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three languages say the same things, and the templates ask only for what they say. */
class TextsTest {
  private static final Pattern USED = Pattern.compile("t\\.(?:get|format)\\('([^']+)'");
  private static final Pattern CODED = Pattern.compile("t\\.code\\('([^']+)'");

  static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(
        "/messages/texts" + suffix + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanish_and_french_have_every_english_text_and_no_other() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    for (String suffix : List.of("_es", "_fr")) {
      assertEquals(new TreeSet<>(english), new TreeSet<>(bundle(suffix).stringPropertyNames()),
          "texts" + suffix);
    }
  }

  @Test
  void every_text_a_template_or_page_asks_for_is_there() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
        Files.walk(Path.of("src/main/java")))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        Matcher used = USED.matcher(text);
        while (used.find()) {
          if (!english.contains(used.group(1))) {
            missing.add(f.getFileName() + ": " + used.group(1));
          }
        }
        Matcher coded = CODED.matcher(text);
        while (coded.find()) {
          kinds.add(coded.group(1));
        }
      }
    }
    assertEquals(Set.of(), missing);
    for (String kind : kinds) {
      assertTrue(english.stream().anyMatch(k -> k.startsWith(kind + ".")),
          "no label of any " + kind);
    }
  }

  @Test
  void every_filter_choice_has_a_label_in_each_language() throws IOException {
    for (String suffix : List.of("", "_es", "_fr")) {
      Properties p = bundle(suffix);
      Vocabulary.REGIONS.forEach(r -> assertTrue(p.containsKey("region." + r), suffix + r));
      Vocabulary.GRAND_CHALLENGES.forEach(c -> assertTrue(p.containsKey("challenge." + c)));
      Vocabulary.OGP_VALUES.forEach(v -> assertTrue(p.containsKey("value." + v)));
    }
  }

  @Test
  void patterns_fill_in_their_values_in_each_language() {
    for (Language l : Language.values()) {
      String plan = new Texts(l).format("plan.name", 3, "2016", "2018");
      assertTrue(plan.contains("3") && plan.contains("2016") && plan.contains("2018"), plan);
      String described = new Texts(l).format("member.description", "Albania", 5);
      assertTrue(described.startsWith("Albania") && described.contains("5"), described);
    }
    assertEquals("50% (1 commitment)", new Texts(Language.EN).format("plan.chart.value", 50, 1));
    assertEquals("50 % (3 engagements)", new Texts(Language.FR).format("plan.chart.value", 50, 3));
    assertEquals("Mejorar los servicios públicos",
        new Texts(Language.ES).code("challenge", "improving_public_services"));
    assertEquals("something new", new Texts(Language.FR).code("status", "something_new"));
  }
}
