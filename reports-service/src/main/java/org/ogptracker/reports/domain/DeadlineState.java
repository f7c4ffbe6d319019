package org.ogptracker.reports.domain;

import org.ogptracker.platform.http.CodedEnum;

/** Where a deadline stands on a given day. */
public enum DeadlineState implements CodedEnum {
  DUE,
  MET,
  MISSED
}
