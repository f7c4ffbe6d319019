package org.ogptracker.pages.web;

import jakarta.ws.rs.NotFoundException;
import java.util.regex.Pattern;

/**
 * The ids in a page's path, checked before any is sent to the API: a member's code (three
 * letters, four for a local member), a plan's, a commitment's. Anything else is no page (404).
 */
final class PagePaths {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3,4}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private PagePaths() {}

  static String code(String code) {
    if (!CODE.matcher(code).matches()) {
      throw new NotFoundException();
    }
    return code;
  }

  static String id(String id) {
    if (!ID.matcher(id).matches()) {
      throw new NotFoundException();
    }
    return id;
  }
}
