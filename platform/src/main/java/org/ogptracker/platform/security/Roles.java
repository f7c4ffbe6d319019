package org.ogptracker.platform.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String GOVERNMENT = "government";
  public static final String REVIEWER = "reviewer";

  private Roles() {}
}
