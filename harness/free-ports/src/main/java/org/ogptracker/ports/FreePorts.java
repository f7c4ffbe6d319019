package org.ogptracker.ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes tests start (apps, PostgreSQL servers, Redis, receivers), outside the
 * kernel's ephemeral range. {@code new ServerSocket(0)} picks inside it, where every outgoing
 * connection (a Kafka client's, a JDBC pool's) takes its local port too: a port picked there
 * could be taken by such a connection before the process that was to listen on it binds it
 * ("Port ... seems to be in use", an app that never starts). Each port is handed out once per
 * test JVM and was free when handed out.
 *
 * <p>{@link #refusing()} is a port that refuses every connection for as long as the JVM runs: an
 * address for "the service is down" that no other process can start listening on meanwhile.
 */
public final class FreePorts {
  private static final Path EPHEMERAL = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final int LOWEST = 10_000;
  private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();
  /** The sockets that hold the refusing ports, open until the JVM ends. */
  private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

  private FreePorts() {}

  public static int next() {
    int[] ephemeral = ephemeralRange();
    // Below the ephemeral range, else above it; on a kernel whose range covers both, inside it.
    int from = LOWEST;
    int to = ephemeral[0];
    if (to - from < 1_000) {
      from = ephemeral[1] + 1;
      to = 65_536;
    }
    if (to - from < 1_000) {
      return anyPort();
    }
    for (int tries = 0; tries < 1_000; tries++) {
      int port = ThreadLocalRandom.current().nextInt(from, to);
      if (GIVEN.add(port) && free(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port in " + from + "-" + (to - 1));
  }

  /**
   * A loopback port that refuses connections until the JVM ends: a socket of this JVM is bound to
   * it and never listens, so a connection to it is refused at once (not left waiting), and no
   * other socket can bind it meanwhile (the holder does not share it: no SO_REUSEADDR).
   */
  public static int refusing() {
    Socket holder = new Socket();
    try {
      holder.setReuseAddress(false);
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), next()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not hold a port", e);
    }
    HELD.add(holder);
    return holder.getLocalPort();
  }

  /**
   * The kernel's range, else Linux's default. Read line by line: {@code Files.readString} reads a
   * /proc file by its size, which is 0, and got one byte of it (Java 17), so this fell back to the
   * default on every kernel.
   */
  static int[] ephemeralRange() {
    try {
      String[] range = Files.readAllLines(EPHEMERAL).get(0).trim().split("\\s+");
      return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
    } catch (IOException | RuntimeException notLinux) {
      return new int[] {32_768, 60_999};
    }
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static int anyPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
