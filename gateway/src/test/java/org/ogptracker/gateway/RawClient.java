package org.ogptracker.gateway;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One GET to the gateway under test from a chosen loopback address (127.0.0.1 is a trusted
 * proxy in the test profile; 127.0.0.2 and up are other peers), over a socket of its own.
 */
final class RawClient {
  private RawClient() {}

  /** The status of {@code GET path} sent from {@code peer}, with X-Forwarded-For if given. */
  static int get(String peer, String path, String forwardedFor) throws IOException {
    String head = head(peer, path,
        forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n");
    return Integer.parseInt(head.substring(9, 12));
  }

  /** The status line and headers of {@code GET path} sent from {@code peer} with these headers. */
  static String head(String peer, String path, String headers) throws IOException {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(peer), 0));
      s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), RestAssured.port),
          5000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }
}
