package org.ogptracker.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** The IRM's scales, as codes with the labels the OGP export uses. */
public final class Scales {
  private Scales() {}

  /** A scale value: its code is the lower-case name, its label the name in title case. */
  public interface Labelled extends CodedEnum {
    String name();

    @Override
    default String code() {
      return EnumCodes.lowerCaseName((Enum<?>) this);
    }

    /** As the OGP export writes it, e.g. {@code Not Started}. */
    default String label() {
      return Arrays.stream(name().split("_"))
          .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(" "));
    }
  }

  /** How precisely a commitment says what it will do. */
  public enum Specificity implements Labelled { NONE, LOW, MEDIUM, HIGH }

  /** What the commitment could change if implemented. */
  public enum PotentialImpact implements Labelled { NONE, MINOR, MODERATE, TRANSFORMATIVE }

  /** How far the commitment was implemented at a stage. */
  public enum Completion implements Labelled {
    WITHDRAWN, UNCLEAR, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE
  }

  /** Whether the commitment's result can be checked. */
  public enum Verifiable implements Labelled { YES, NO }

  /** The OGP values a commitment may be relevant to. */
  public enum OgpValue implements Labelled {
    ACCESS_TO_INFORMATION, CIVIC_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION
  }

  /** The IRM Action Plan Review's view of what the commitment could yield. */
  public enum PotentialForResults implements Labelled { UNCLEAR, MODEST, SUBSTANTIAL }

  /** Did it open government: what changed in government practice, overall or per value. */
  public enum OpenedGovernment implements Labelled {
    WORSENS, DID_NOT_CHANGE, MARGINAL, MAJOR, OUTSTANDING
  }

  /** The IRM Results Report's early results. */
  public enum EarlyResults implements Labelled { NO_NOTABLE_RESULTS, MODERATE, SIGNIFICANT }

  /** The scale value whose label is {@code label}, or null. */
  public static <E extends Enum<E> & Labelled> E byLabel(Class<E> scale, String label) {
    for (E e : scale.getEnumConstants()) {
      if (e.label().equalsIgnoreCase(label)) {
        return e;
      }
    }
    return null;
  }
}
