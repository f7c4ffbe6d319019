package org.ogptracker.commitments.domain;

import org.ogptracker.platform.http.CodedEnum;

/** Where a milestone stands, as its latest progress update says. */
public enum MilestoneStatus implements CodedEnum {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  WITHDRAWN
}
