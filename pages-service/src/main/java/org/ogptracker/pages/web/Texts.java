package org.ogptracker.pages.web;

import io.quarkus.qute.TemplateData;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words in one language ({@code messages/texts*.properties}): what the templates
 * print as {@code t.get('home.title')}, and the labels of the API's codes ({@code t.code('status',
 * 'under_review')}). A code without a label shows as it is.
 */
@TemplateData
public final class Texts {
  private final ResourceBundle bundle;
  private final Locale locale;

  public Texts(Language language) {
    this.locale = language.locale();
    this.bundle = ResourceBundle.getBundle("messages.texts", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  /** The text of {@code key} with its {0}, {1}... filled in. */
  public String format(String key, Object... values) {
    return new MessageFormat(get(key), locale).format(values);
  }

  public String code(String kind, String code) {
    if (code == null) {
      return "";
    }
    try {
      return bundle.getString(kind + "." + code);
    } catch (MissingResourceException none) {
      return code.replace('_', ' ');
    }
  }
}
