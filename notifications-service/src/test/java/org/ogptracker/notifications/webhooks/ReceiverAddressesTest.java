package org.ogptracker.notifications.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a webhook may not go in production: into the service's own network. */
class ReceiverAddressesTest {
  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/", "http://[::1]/",
      "http://10.1.2.3/", "http://172.16.0.9/", "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/",
      "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
      "http://224.0.0.1/", "http://2130706433/"})
  void private_loopback_and_link_local_receivers_are_refused(String url) {
    Optional<String> refusal = ReceiverAddresses.refusal(url, false);
    assertTrue(refusal.isPresent(), url);
    assertTrue(refusal.get().contains("private, loopback or link-local")
        || refusal.get().contains("does not resolve"), refusal.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/hook", "http://[2606:2800:220:1::1]/"})
  void public_addresses_are_taken(String url) {
    assertEquals(Optional.empty(), ReceiverAddresses.refusal(url, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/", "file:///etc/passwd", "https://u:p@example.org/",
      "https:///nohost", "not a url", "https://example.org/#fragment"})
  void only_plain_http_urls_are_taken_even_where_private_receivers_are_allowed(String url) {
    assertTrue(ReceiverAddresses.refusal(url, true).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9/hook", "http://localhost/hook"})
  void the_local_and_test_profiles_allow_receivers_on_this_machine(String url) {
    assertEquals(Optional.empty(), ReceiverAddresses.refusal(url, true));
  }
}
