package org.ogptracker.commitments.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ids OGP gives: plans {@code AP_{member}{NN}}, commitments the member's ISO-2 code (or a local
 * member's own code) and 4 digits, milestones {@code {commitment}.{n}}.
 */
public final class CommitmentIds {
  private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

  static {
    for (String iso2 : Locale.getISOCountries()) {
      ISO3_TO_ISO2.put(new Locale("", iso2).getISO3Country(), iso2);
    }
    ISO3_TO_ISO2.put("XKX", "XK"); // Kosovo: a user-assigned code OGP uses
  }

  private CommitmentIds() {}

  public static String plan(String memberCode, int number) {
    return "AP_" + memberCode + (number < 10 ? "0" : "") + number;
  }

  /**
   * The prefix of a member's commitment ids: a country's ISO-2 code; a local member's own code,
   * as for a member whose code is no ISO country.
   */
  public static String commitmentPrefix(String memberCode) {
    return memberCode.length() == 3 ? ISO3_TO_ISO2.getOrDefault(memberCode, memberCode) : memberCode;
  }

  public static String commitment(String prefix, int number) {
    if (number > 9999) {
      throw new IllegalStateException("commitment numbers of " + prefix + " are exhausted");
    }
    return prefix + String.format("%04d", number);
  }

  public static String milestone(String commitmentId, int number) {
    return commitmentId + "." + number;
  }

  /** The commitment a milestone id names ({@code AL0050.2} → {@code AL0050}), null if none. */
  public static String commitmentOf(String milestoneId) {
    int dot = milestoneId.lastIndexOf('.');
    return dot > 0 ? milestoneId.substring(0, dot) : null;
  }
}
