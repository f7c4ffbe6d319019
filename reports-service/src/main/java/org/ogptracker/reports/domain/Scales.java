package org.ogptracker.reports.domain;

import org.ogptracker.platform.http.CodedEnum;

/** The IRM's scales, as codes with the labels the OGP export uses. */
public final class Scales {
  private Scales() {}

  /** A scale value with the label the OGP export writes. */
  public interface Labelled {
    String label();
  }

  /** How precisely a commitment says what it will do. */
  public enum Specificity implements CodedEnum, Labelled {
    NONE("None"), LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Specificity(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return name().toLowerCase();
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** What the commitment could change if implemented. */
  public enum PotentialImpact implements CodedEnum, Labelled {
    NONE("None"), MINOR("Minor"), MODERATE("Moderate"), TRANSFORMATIVE("Transformative");

    private final String label;

    PotentialImpact(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return name().toLowerCase();
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** How far the commitment was implemented at a stage. */
  public enum Completion implements CodedEnum, Labelled {
    WITHDRAWN("Withdrawn"), UNCLEAR("Unclear"), NOT_STARTED("Not Started"), LIMITED("Limited"),
    SUBSTANTIAL("Substantial"), COMPLETE("Complete");

    private final String label;

    Completion(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return name().toLowerCase();
    }

    @Override
    public String label() {
      return label;
    }
  }

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
