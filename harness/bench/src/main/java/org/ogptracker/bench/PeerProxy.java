package org.ogptracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A proxy the gateway's hop is held to (issue 31): nginx or HAProxy from the machine's packages
 * as a plain reverse proxy in front of one service, as many workers or threads as there are
 * cores, kept-alive connections to the service, no access log, no other feature. Started only
 * where installed ({@link #installed}); deploy/bench/run installs both where it can.
 */
final class PeerProxy implements AutoCloseable {
  /** The peers, by the name the report gives them and the command that runs them. */
  enum Kind {
    NGINX("nginx", "nginx"), HAPROXY("HAProxy", "haproxy");

    final String title;
    final String command;

    Kind(String title, String command) {
      this.title = title;
      this.command = command;
    }
  }

  private final Kind kind;
  private final Process process;
  private final int port;

  private PeerProxy(Kind kind, Process process, int port) {
    this.kind = kind;
    this.process = process;
    this.port = port;
  }

  static boolean installed(Kind kind) {
    return Processes.available(kind.command);
  }

  /**
   * Starts {@code kind} on {@code port}, passing every request to 127.0.0.1:{@code target};
   * returns once a request through it reaches the service ({@code probe}, e.g. its health).
   */
  static PeerProxy start(Kind kind, Path work, int port, int target, String probe) {
    Path dir = work.resolve(kind.command);
    int cores = Runtime.getRuntime().availableProcessors();
    try {
      Files.createDirectories(dir);
      List<String> command = switch (kind) {
        case NGINX -> {
          Path conf = dir.resolve("nginx.conf");
          Files.writeString(conf, """
              worker_processes %d;
              daemon off;
              pid %s/nginx.pid;
              error_log %s/error.log warn;
              events { worker_connections 4096; }
              http {
                access_log off;
                client_body_temp_path %s/body;
                proxy_temp_path %s/proxy;
                upstream service { server 127.0.0.1:%d; keepalive 64; }
                server {
                  listen 127.0.0.1:%d;
                  location / {
                    proxy_pass http://service;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                  }
                }
              }
              """.formatted(cores, dir, dir, dir, dir, target, port));
          yield List.of("nginx", "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
              "-c", conf.toString());
        }
        case HAPROXY -> {
          Path conf = dir.resolve("haproxy.cfg");
          Files.writeString(conf, """
              global
                nbthread %d
                maxconn 8192
              defaults
                mode http
                option http-keep-alive
                http-reuse always
                timeout connect 5s
                timeout client 30s
                timeout server 30s
              frontend readers
                bind 127.0.0.1:%d
                default_backend service
              backend service
                server service 127.0.0.1:%d
              """.formatted(cores, port, target));
          yield List.of("haproxy", "-db", "-f", conf.toString());
        }
      };
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("output.log").toFile()).start();
      PeerProxy proxy = new PeerProxy(kind, process, port);
      try {
        Apps.awaitOk(URI.create(proxy.url() + probe), proxy.process, kind.title,
            dir.resolve("output.log"), Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        proxy.close();
        throw e;
      }
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  Kind kind() {
    return kind;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
