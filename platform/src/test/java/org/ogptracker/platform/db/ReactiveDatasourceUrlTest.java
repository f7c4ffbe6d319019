package org.ogptracker.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReactiveDatasourceUrlTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "jdbc:postgresql://127.0.0.1:5432/ogp_countries, vertx-reactive:postgresql://127.0.0.1:5432/ogp_countries",
      "jdbc:postgresql://db.example/ogp?sslmode=require, vertx-reactive:postgresql://db.example/ogp?sslmode=require",
      "jdbc:mysql://127.0.0.1/x, none",
      "none, none"})
  void reactive_url_follows_the_jdbc_one(String jdbc, String reactive) {
    assertEquals(reactive, ReactiveDatasourceUrl.reactiveUrl(jdbc));
  }

  @ParameterizedTest
  @CsvSource({"postgresql://127.0.0.1/x", "jdbc:postgresql:x"})
  void other_shapes_are_left_to_explicit_configuration(String jdbc) {
    assertNull(ReactiveDatasourceUrl.reactiveUrl(jdbc));
  }
}
