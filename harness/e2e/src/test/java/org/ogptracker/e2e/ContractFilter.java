package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Holds every answer the gateway gives a test against the merged OpenAPI document
 * ({@link ApiContract}): an answer the document does not describe fails the test that got it,
 * whatever the test was about. {@code -Dogp.contract=record} writes the violations to
 * target/contract-violations.txt instead (to see them all at once).
 */
final class ContractFilter implements Filter {
  private static final Path RECORD = Path.of("target/contract-violations.txt");
  private final String gateway;
  private volatile ApiContract contract;

  ContractFilter(String gateway) {
    this.gateway = gateway;
  }

  @Override
  public Response filter(FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec, FilterContext ctx) {
    Response response = ctx.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    if (!request.getURI().startsWith(gateway) || !uri.getPath().startsWith("/api/")) {
      return response;
    }
    Map<String, String> headers = new HashMap<>();
    for (Header h : response.getHeaders()) {
      headers.put(h.getName().toLowerCase(Locale.ROOT), h.getValue());
    }
    Object body = request.getBody();
    List<String> wrong = contract().violations(new ApiContract.Exchange(request.getMethod(),
        uri.getPath(), response.statusCode(), response.contentType(), headers,
        response.asString(), request.getContentType(), body instanceof String s ? s : null));
    if (!wrong.isEmpty()) {
      if ("record".equals(System.getProperty("ogp.contract"))) {
        try {
          Files.write(RECORD, wrong, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        throw new AssertionError("the merged OpenAPI does not describe this answer: " + wrong);
      }
    }
    return response;
  }

  private ApiContract contract() {
    if (contract == null) {
      try {
        HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(gateway + "/q/openapi?format=json")).build(),
            HttpResponse.BodyHandlers.ofString());
        contract = new ApiContract(new ObjectMapper().readTree(doc.body()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return contract;
  }
}
