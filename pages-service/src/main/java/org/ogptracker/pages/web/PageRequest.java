package org.ogptracker.pages.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every page template gets as {@code page}: the language and its words, the page's own
 * stable address (without the language), its title and description for sharing, and where its
 * data is as JSON and CSV.
 */
@TemplateData
public record PageRequest(Language language, Texts t, String publicUrl, String path,
    String query, String title, String description, String json, String csv) {

  public PageRequest titled(String title, String description) {
    return new PageRequest(language, t, publicUrl, path, query, title, description, json, csv);
  }

  /** The page's data: its JSON and CSV under the public API. */
  public PageRequest data(String json, String csv) {
    return new PageRequest(language, t, publicUrl, path, query, title, description, json, csv);
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }

  /** This page in another language (the switch): its path, its query and {@code lang}. */
  public String in(Language other) {
    String q = query == null || query.isEmpty() ? "" : query + "&";
    return path + "?" + q + "lang=" + other.code();
  }

  /** This page with one parameter set (the next page of a list), in its language. */
  public String with(String name, String value) {
    String kept = query == null ? "" : Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.startsWith(encode(name) + "="))
        .collect(Collectors.joining("&"));
    return path + "?" + (kept.isEmpty() ? "" : kept + "&") + encode(name) + "=" + encode(value)
        + "&lang=" + language.code();
  }

  /** A link to another page in this page's language. */
  public String link(String to) {
    return to + (to.contains("?") ? "&" : "?") + "lang=" + language.code();
  }

  public String member(String code) {
    return link("/members/" + encode(code));
  }

  public String plan(String id) {
    return link("/plans/" + encode(id));
  }

  public String commitment(String id) {
    return link("/commitments/" + encode(id));
  }

  /** The page's address for sharing (Open Graph). */
  public String url() {
    return publicUrl + in(language);
  }

  public String api(String to) {
    return publicUrl + to;
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
