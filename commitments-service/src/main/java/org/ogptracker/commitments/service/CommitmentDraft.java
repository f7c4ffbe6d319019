package org.ogptracker.commitments.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a commitment as a request or an import gives them; for a change, null leaves a
 * field as it is. Challenges, values and themes are codes, already checked.
 */
public record CommitmentDraft(String title, String description, String leadInstitution,
    List<String> supportingInstitutions, LocalDate startDate, LocalDate endDate,
    List<String> grandChallenges, List<String> ogpValues, List<String> themes, String sourceUrl) {}
