package org.ogptracker.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;
import java.util.concurrent.TimeUnit;

/**
 * The floor under the gateway's cost: the proxy library the gateway is built on
 * (vertx-http-proxy) and nothing else, one proxy per event loop over keep-alive connections, as
 * the gateway has them; no routing, tokens, limits, request ids, access log or breaker. A read
 * through it, beside the same read direct and through the gateway, tells what the hop itself
 * costs on these cores and what the gateway adds to it. It runs inside the benchmark's JVM.
 */
final class BareProxy implements AutoCloseable {
  private final Vertx vertx;

  private BareProxy(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Listens on {@code port} and passes every request to 127.0.0.1:{@code target}. */
  static BareProxy start(int port, int target) throws Exception {
    Vertx vertx = Vertx.vertx();
    int loops = 2 * Runtime.getRuntime().availableProcessors(); // Vert.x's (and Quarkus') default
    vertx.deployVerticle(() -> new AbstractVerticle() {
      @Override
      public void start(Promise<Void> started) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
            new PoolOptions().setHttp1MaxSize(32));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(target, "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(port)
            .<Void>mapEmpty().onComplete(started);
      }
    }, new DeploymentOptions().setInstances(loops))
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    return new BareProxy(vertx);
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
