package org.ogptracker.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ogptracker.platform.problem.Problems;

/**
 * An opaque cursor: the sort key of the last row of a page, URL-safe base64 of its parts joined
 * by a unit separator. Clients treat it as opaque; a tampered cursor is a 400, never a 500.
 */
public final class Cursor {
  private static final char SEPARATOR = '\u001f';
  private static final int MAX_LENGTH = 1024;

  private Cursor() {}

  public static String encode(List<String> sortKey) {
    String joined = "v1" + SEPARATOR + String.join(String.valueOf(SEPARATOR), sortKey);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  public static List<String> decode(String cursor) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    String text;
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      throw invalid();
    }
    List<String> parts = new ArrayList<>(List.of(text.split(String.valueOf(SEPARATOR), -1)));
    if (parts.size() < 2 || !"v1".equals(parts.get(0))) {
      throw invalid();
    }
    return List.copyOf(parts.subList(1, parts.size()));
  }

  /** Decodes a cursor that must carry exactly {@code parts} sort key parts. */
  public static List<String> decode(String cursor, int parts) {
    List<String> key = decode(cursor);
    if (key.size() != parts) {
      throw invalid();
    }
    return key;
  }

  private static RuntimeException invalid() {
    return Problems.invalidField("cursor", "is not a cursor this list gave out");
  }
}
