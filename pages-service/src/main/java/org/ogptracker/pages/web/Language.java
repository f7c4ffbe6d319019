package org.ogptracker.pages.web;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface's languages, OGP's three: chosen by the page's {@code lang} parameter (the
 * switch on every page), else by the browser's Accept-Language, else English.
 */
@TemplateData
public enum Language {
  EN("English"), ES("Español"), FR("Français");

  private final String name;

  Language(String name) {
    this.name = name;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Its name in itself, as the switch shows it. */
  public String nativeName() {
    return name;
  }

  /** As Open Graph spells a locale. */
  public String ogLocale() {
    return switch (this) {
      case EN -> "en_US";
      case ES -> "es_ES";
      case FR -> "fr_FR";
    };
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public static Language of(String lang, String acceptLanguage) {
    return parameter(lang).or(() -> preferred(acceptLanguage)).orElse(EN);
  }

  static Optional<Language> parameter(String lang) {
    if (lang == null) {
      return Optional.empty();
    }
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(lang.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The first of ours the header prefers (its q-values weighed by the JDK's parser). */
  static Optional<Language> preferred(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    List<Locale> matched = Locale.filter(ranges, Arrays.stream(values()).map(Language::locale)
        .toList());
    return matched.isEmpty() ? Optional.empty() : parameter(matched.get(0).getLanguage());
  }
}
