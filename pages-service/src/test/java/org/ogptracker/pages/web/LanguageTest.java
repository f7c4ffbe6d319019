package org.ogptracker.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void the_switch_wins_over_the_browser() {
    assertEquals(Language.FR, Language.of("fr", "es-ES,es;q=0.9"));
    assertEquals(Language.ES, Language.of("ES", null));
  }

  @Test
  void the_browser_s_first_language_of_ours_is_taken_by_its_weights() {
    assertEquals(Language.ES, Language.of(null, "es-MX,es;q=0.9,en;q=0.8"));
    assertEquals(Language.FR, Language.of(null, "de-DE,de;q=0.9,fr;q=0.8,en;q=0.5"));
    assertEquals(Language.EN, Language.of(null, "pt, en;q=0.2, fr;q=0.1"));
    assertEquals(Language.ES, Language.of(null, "fr;q=0.4, es;q=0.7"));
  }

  @Test
  void anything_else_is_english() {
    assertEquals(Language.EN, Language.of("klingon", "de, pt;q=0.9"));
    assertEquals(Language.EN, Language.of(null, ";;;q=="));
    assertEquals(Language.EN, Language.of("", ""));
  }
}
