package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** Where a deadline stands on a given day. */
public enum DeadlineState implements CodedEnum {
  DUE,
  MET,
  MISSED;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
