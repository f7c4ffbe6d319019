package org.ogptracker.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.parlament.al/votes | true",
      "HTTP://example.org | true",
      "javascript:alert(1) | false",
      "JavaScript:alert(document.cookie) | false",
      "' javascript:alert(1)' | false",
      "data:text/html;base64,PHNjcmlwdD4= | false",
      "vbscript:msgbox | false",
      "//evil.example/x | false",
      "/relative/path | false",
      "not a url at all | false",
      "https://exa mple.org | false"})
  void only_web_addresses_become_links(String url, boolean link) {
    assertEquals(link, Links.isWebAddress(url), url);
  }
}
