package org.ogptracker.reports.domain;

import org.ogptracker.platform.http.CodedEnum;

/** When completion is measured and a star decided: mid-term (progress) or end of term. */
public enum Stage implements CodedEnum {
  MIDTERM,
  END_OF_TERM
}
