package org.ogptracker.reports.domain;

import org.ogptracker.platform.http.CodedEnum;
import org.ogptracker.platform.http.EnumCodes;

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
