package org.ogptracker.countries.domain;

import org.ogptracker.platform.http.CodedEnum;

/** What a year's scores say about eligibility. */
public enum EligibilityOutcome implements CodedEnum {
  ELIGIBLE,
  NOT_ELIGIBLE,
  INSUFFICIENT_DATA
}
