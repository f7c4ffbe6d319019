package org.ogptracker.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {
  @Test
  void deprecation_is_an_rfc_9745_date_and_sunset_an_http_date() {
    assertEquals("@1801353600", DeprecationHeaders.deprecation("2027-01-31"));
    assertEquals("Sat, 31 Jul 2027 00:00:00 GMT", DeprecationHeaders.sunset("2027-07-31"));
    assertEquals("Thu, 01 Jul 2027 00:00:00 GMT", DeprecationHeaders.sunset("2027-07-01"));
  }
}
