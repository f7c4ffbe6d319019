package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** A report is written as a draft; once published it never changes. */
public enum ReportStatus implements CodedEnum {
  DRAFT,
  PUBLISHED;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
