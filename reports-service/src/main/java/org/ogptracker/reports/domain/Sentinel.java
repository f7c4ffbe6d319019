package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** Why an IRM indicator has no value: never guessed, never read as zero. */
public enum Sentinel implements CodedEnum {
  /** ND: the IRM had no data. */
  NO_DATA("ND"),
  /** NR: not reviewed at this stage. */
  NOT_REVIEWED("NR"),
  /** NA: does not apply. */
  NOT_APPLICABLE("NA");

  private final String exportCode;

  Sentinel(String exportCode) {
    this.exportCode = exportCode;
  }

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /** For people: "No data", "Not reviewed", "Not applicable". */
  public String label() {
    String words = code().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The sentinel with this API code ({@code no_data}), or null. */
  public static Sentinel fromCode(String code) {
    for (Sentinel s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return null;
  }

  /** How the OGP export writes it. */
  public String exportCode() {
    return exportCode;
  }

  /** The sentinel the export writes as {@code text}, or null when it is a value. */
  public static Sentinel fromExport(String text) {
    for (Sentinel s : values()) {
      if (s.exportCode.equals(text)) {
        return s;
      }
    }
    return null;
  }
}
