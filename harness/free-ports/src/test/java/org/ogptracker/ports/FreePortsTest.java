package org.ogptracker.ports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class FreePortsTest {
  @Test
  void a_refusing_port_refuses_connections_and_cannot_be_listened_on_meanwhile() throws Exception {
    int port = FreePorts.refusing();
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);

    try (Socket client = new Socket()) {
      assertThrows(ConnectException.class, () -> client.connect(address, 2_000));
    }
    // A server, as Java makes them (SO_REUSEADDR on), on the same address or on all of them.
    try (ServerSocket server = new ServerSocket()) {
      assertThrows(BindException.class, () -> server.bind(address));
    }
    try (ServerSocket server = new ServerSocket()) {
      assertThrows(BindException.class, () -> server.bind(new InetSocketAddress(port)));
    }
  }

  @Test
  void ports_are_handed_out_once_and_outside_the_ephemeral_range() throws Exception {
    // As the kernel says it (cat), not as FreePorts reads it.
    String[] range = new String(new ProcessBuilder("cat", "/proc/sys/net/ipv4/ip_local_port_range")
        .start().getInputStream().readAllBytes()).trim().split("\\s+");
    int low = Integer.parseInt(range[0]);
    int high = Integer.parseInt(range[1]);
    assertArrayEquals(new int[] {low, high}, FreePorts.ephemeralRange());
    int first = FreePorts.next();
    int second = FreePorts.next();
    assertNotEquals(first, second);
    for (int port : new int[] {first, second}) {
      assertTrue(port < low || port > high, port + " in " + low + "-" + high);
    }
  }
}
