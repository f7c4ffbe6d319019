package org.ogptracker.countries.domain;

import org.ogptracker.platform.codes.CodedEnum;

/** OGP regions, spelled as the OGP export spells them. */
public enum Region implements CodedEnum {
  AFRICA_AND_THE_MIDDLE_EAST("Africa and the Middle East"),
  AMERICAS("Americas"),
  ASIA_AND_THE_PACIFIC("Asia and the Pacific"),
  EUROPE("Europe");

  private final String code;

  Region(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
