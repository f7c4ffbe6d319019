package org.ogptracker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.ports.FreePorts;

/**
 * A Redis of the test's own (Debian's redis-server, which deploy/local/test installs), on a free
 * port, in memory only: a test stops and starts it under running gateways.
 */
final class RedisServer implements AutoCloseable {
  private final int port;
  private Process process;

  RedisServer() {
    port = FreePorts.next();
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts it (again, empty, on the same port) and waits until it answers PING. */
  RedisServer start() {
    try {
      process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(port),
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(SuiteProcesses.log("redis").toFile()))
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("redis-server did not start (deploy/local/test installs "
          + "it: apt-get install redis-server)", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    Awaitility.await("redis-server on " + port).atMost(Duration.ofSeconds(20))
        .ignoreExceptions().until(() -> ping().equals("+PONG"));
    return this;
  }

  /** Stops it at once, as a crash of its pod would. */
  void stop() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  private String ping() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      byte[] reply = new byte[7];
      int n = in.read(reply);
      return new String(reply, 0, Math.max(n, 0), StandardCharsets.US_ASCII).trim();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
