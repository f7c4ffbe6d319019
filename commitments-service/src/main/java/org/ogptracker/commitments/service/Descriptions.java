package org.ogptracker.commitments.service;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/**
 * How much of each commitment's description a list carries ({@code descriptions=}): all of it,
 * a snippet of its first words, or none. A page of search results shown as titles and snippets
 * need not carry (nor PostgreSQL read) descriptions of several kilobytes each.
 */
public enum Descriptions implements CodedEnum {
  FULL,
  SNIPPET,
  NONE;

  /** A snippet holds at most this many characters, then an ellipsis. */
  public static final int SNIPPET_LENGTH = 200;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /**
   * The select-list expression of the description: {@code left()} lets PostgreSQL decompress
   * only the start of a long value, not all of it.
   */
  String column() {
    return switch (this) {
      case FULL -> "description";
      case SNIPPET -> "left(description, " + (SNIPPET_LENGTH + 1) + ")";
      case NONE -> "null::text";
    };
  }

  /** The description as this form shows it, from what {@link #column()} read. */
  String shown(String read) {
    if (this != SNIPPET || read == null || read.length() <= SNIPPET_LENGTH) {
      return read;
    }
    String cut = read.substring(0, SNIPPET_LENGTH);
    int space = cut.lastIndexOf(' ');
    // At the last word boundary, unless that would leave half of it or less.
    if (space > SNIPPET_LENGTH / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }
}
