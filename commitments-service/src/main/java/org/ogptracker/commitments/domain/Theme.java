package org.ogptracker.commitments.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Policy areas (themes) as the columns of the OGP commitments export name them. A theme's code is
 * its column name in lower snake case, e.g. {@code Right To Information} → {@code right_to_information}.
 */
public record Theme(String code, String label) {
  /** The export's policy-area columns, in its order. */
  public static final List<String> EXPORT_COLUMNS = List.of(
      "Anti-Corruption and Integrity", "Anti-corruption Institutions", "Anti-Corruption Strategies",
      "Asset Disclosure", "Audits", "Beneficial Ownership", "Conflicts Of Interest", "Elections",
      "Political Finance", "Lobbying", "Open Contracting", "Public Procurement",
      "Right To Information", "Whistleblower Protections", "Civic Space and Enabling Environment",
      "Freedom of Assembly", "Freedom of Association", "Freedom of Expression",
      "Democratizing Decision-Making", "Digital Participation", "Mainstreaming Participation",
      "Regulatory Governance", "Social Accountability", "Digital Governance",
      "Automated Decision-making", "Data Stewardship and Privacy", "Digital Inclusion",
      "Disinformation/Misinformation", "Online Civic Space", "Environment & Climate",
      "Climate Finance", "Climate Mitigation and Adaptation", "Environmental Regulation",
      "International Environmental Agreements", "Fiscal Openness",
      "Publication Of Budget/Fiscal Information", "Public Participation In Budget/Fiscal Policy",
      "Oversight Of Budget/Fiscal Policies", "Stimulus and Economic Recovery", "Tax", "Debt",
      "Inclusion", "Gender", "Gender-Based Violence", "Economic Inclusion", "LGBTQIA+",
      "People with Disabilities", "Youth", "Justice", "Access to Justice", "Open Justice",
      "Policing & Corrections", "Judiciary", "Open Parliaments", "Public Service Delivery",
      "Citizenship & Immigration", "Education", "Health & Nutrition",
      "Infrastructure & Transport", "Water & Sanitation", "Capacity Building",
      "Digital Transformation", "Legislation", "Regulation", "Legislative Oversight", "Open Data",
      "Public Participation", "Aid", "Energy", "Extractive Industries",
      "Land and Spatial Planning", "Media & Telecommunications", "Science & Technology",
      "Security & Public Safety", "Labor", "Private Sector", "Subnational", "Human Rights",
      "Open Parliament Plan", "Sustainable Development Goals", "Open Data (Water/Sanitation)",
      "Open Data (Health)", "Open Data (Education)", "Participation in Lawmaking",
      "Access to information", "Money in Politics");

  private static final Map<String, Theme> BY_CODE = new LinkedHashMap<>();

  static {
    for (String column : EXPORT_COLUMNS) {
      Theme t = new Theme(codeOf(column), column);
      BY_CODE.putIfAbsent(t.code(), t);
    }
  }

  public static List<Theme> all() {
    return List.copyOf(BY_CODE.values());
  }

  public static Optional<Theme> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  public static String codeOf(String column) {
    return column.toLowerCase(Locale.ROOT).replace("&", "and").replace("+", "_plus")
        .replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
  }
}
