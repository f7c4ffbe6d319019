package org.ogptracker.pages.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.util.Locale;

/**
 * Which addresses in the data (a commitment's source, a progress update's evidence) the pages
 * make links of: http and https only ({@code {url.isWebAddress}}). The API refuses others on
 * entry, but imported data did not pass that door; anything else is shown as text, never as a
 * link a reader could click into a script.
 */
@TemplateExtension
public final class Links {
  private Links() {}

  static boolean isWebAddress(String url) {
    if (url == null) {
      return false;
    }
    try {
      String scheme = URI.create(url.strip()).getScheme();
      return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("https")
          || scheme.toLowerCase(Locale.ROOT).equals("http"));
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
  }
}
