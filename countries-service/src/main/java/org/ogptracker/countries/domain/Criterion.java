package org.ogptracker.countries.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** The four OGP eligibility criteria, each scored 0 to 4 points or not applicable. */
public enum Criterion implements CodedEnum {
  FISCAL_TRANSPARENCY("Fiscal Transparency",
      "Timely publication of essential budget documents: the executive's budget proposal and the audit report."),
  ACCESS_TO_INFORMATION("Access to Information",
      "An access to information law in force, a constitutional provision, or a draft law under consideration."),
  ASSET_DISCLOSURE("Asset Disclosure",
      "Rules requiring elected and senior public officials to disclose their income and assets, and public access to the disclosures."),
  CITIZEN_ENGAGEMENT("Citizen Engagement",
      "Protection of civil liberties and openness to citizen participation in policymaking and governance.");

  public static final int MAX_POINTS = 4;

  private final String label;
  private final String description;

  Criterion(String label, String description) {
    this.label = label;
    this.description = description;
  }

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
