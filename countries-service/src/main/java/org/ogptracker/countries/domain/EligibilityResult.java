package org.ogptracker.countries.domain;

/**
 * The outcome of a year's scores with the figures that decided it.
 *
 * @param percent share of the applicable points, null when no criterion applies
 */
public record EligibilityResult(int points, int maxPoints, Double percent, int measured,
    EligibilityOutcome outcome) {}
