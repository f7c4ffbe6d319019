package org.ogptracker.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw paths that try to leave their place, plain or encoded, and paths that only look close. */
class TraversalTest {
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/./countries", "/api/v1/../q/health", "/api/v1/countries/..",
      "/api/v1/countries/.", "/api/v1/%2e%2e/q", "/api/v1/%2E/countries", "/api/v1/.%2e/q",
      "/api/v1/countries/a%2Fb", "/api/v1/countries/a%2fb", "/api/v1/countries/a\\b",
      "/api/v1/countries/a%5Cb", "/api/v1/countries/%zz", "./api/v1", "..", "/api/v1//../q"})
  void are_refused(String path) {
    assertTrue(Routes.isTraversal(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/commitments/AL0050", "/api/v1/milestones/AL0050.1",
      "/api/v1/countries/.well", "/api/v1/countries/a..b", "/api/v1/countries/%41LB",
      "/api/v1/countries/...", "/", ""})
  void pass(String path) {
    assertFalse(Routes.isTraversal(path), path);
  }
}
