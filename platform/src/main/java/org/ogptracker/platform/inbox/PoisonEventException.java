package org.ogptracker.platform.inbox;

/** A consumed record that can never be applied; it belongs in the dead-letter topic. */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String message) {
    super(message);
  }

  public PoisonEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
