package org.ogptracker.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;

/** The gateway's own calls to the services (health, OpenAPI), apart from proxied traffic. */
@ApplicationScoped
public class ServiceClient {
  private final HttpClient client;

  ServiceClient(Vertx vertx) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
  }

  /** The body of {@code GET path} on {@code service}, failed unless it answers 200 in time. */
  public Future<Buffer> get(Downstream service, String path, long timeoutMillis) {
    return client.request(new RequestOptions().setMethod(HttpMethod.GET)
            .setHost(service.host()).setPort(service.port()).setURI(path)
            .setIdleTimeout(timeoutMillis))
        .compose(request -> request.send())
        .compose(response -> response.body().compose(body -> response.statusCode() == 200
            ? Future.succeededFuture(body)
            : Future.failedFuture(service.name() + " answered " + response.statusCode())));
  }
}
