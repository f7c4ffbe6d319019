package org.ogptracker.e2e;

import org.ogptracker.webhooks.receiver.WebhookReceiver;

/** The suite's webhook receiver: one real HTTP server on loopback, its hooks by name. */
final class Receiver {
  private static WebhookReceiver receiver;

  private Receiver() {}

  static synchronized WebhookReceiver get() {
    if (receiver == null) {
      receiver = WebhookReceiver.start();
    }
    return receiver;
  }

  static String url(String hook) {
    return get().url(hook);
  }
}
