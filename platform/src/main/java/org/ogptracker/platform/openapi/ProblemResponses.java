package org.ogptracker.platform.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ogptracker.platform.web.Problem;

/**
 * Documents what every operation can answer besides its own success, so each service's OpenAPI
 * tells the wire's truth without the same annotations on every method: the problem responses
 * (each with its problem+json body, also where an annotation declared the status without one),
 * those the gateway in front gives for any operation (a refused token, a rate limit, a service
 * away), and the headers clients act on (ETag, Location, Link, Retry-After). A CSV answer is
 * declared as the text it is, not as the JSON page.
 */
final class ProblemResponses {
  static final String SCHEMA = "Problem";
  static final String REF = "#/components/schemas/" + SCHEMA;
  static final String CSV = "text/csv";

  private ProblemResponses() {}

  static void addTo(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi.getComponents().addSchema(SCHEMA, problemSchema());
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().forEach((path, item) ->
        item.getOperations().forEach((method, op) -> document(path, method, op)));
  }

  private static void document(String path, PathItem.HttpMethod method, Operation op) {
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses r = op.getResponses();
    boolean read = method == PathItem.HttpMethod.GET;
    boolean body = op.getRequestBody() != null;
    add(r, "400", "Invalid request: the problem names each invalid field");
    // The gateway refuses a token that is not valid on any operation, even a public read.
    add(r, "401", "The bearer token is missing (where one is needed), invalid or expired");
    if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
      add(r, "403", "The token's role or member may not do this");
    }
    if (path.contains("{")) {
      add(r, "404", "No such resource");
    }
    if (read) {
      add(r, "406", "None of the media types in Accept can be given");
    }
    if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT) {
      add(r, "412", "If-Match does not match the current ETag");
      add(r, "428", "If-Match is required to change an existing resource");
    }
    if (method == PathItem.HttpMethod.POST) {
      add(r, "409", "Conflicts with the current state");
      add(r, "422", "Idempotency-Key reused with a different body");
    }
    if (body) {
      add(r, "413", "The body is larger than this operation takes");
      add(r, "415", "The body's Content-Type is not one this operation takes");
    }
    add(r, "414", "The path and query are longer than 4000 characters");
    add(r, "429", "Too many requests from this client; retry after Retry-After seconds");
    add(r, "500", "Unexpected failure; logged, no internals shown");
    add(r, "503", "The service or its database is unavailable or busy; retry after "
        + "Retry-After seconds");
    add(r, "504", "The service did not answer in time");
    r.getAPIResponse("429").addHeader("Retry-After", retryAfter());
    r.getAPIResponse("503").addHeader("Retry-After", retryAfter());
    r.getAPIResponses().forEach((code, response) -> successHeaders(path, method, code, response));
  }

  /** CSV as text; ETag on what names one resource; Location on creation; Link on CSV pages. */
  private static void successHeaders(String path, PathItem.HttpMethod method, String code,
      APIResponse response) {
    if (!code.startsWith("2")) {
      return;
    }
    Content content = response.getContent();
    boolean csv = content != null && content.hasMediaType(CSV);
    if (csv) {
      content.addMediaType(CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
          .addType(Schema.SchemaType.STRING).description("RFC 4180 CSV: a header row of the "
              + "item's fields, then one row per item of this page; lists in a cell are joined "
              + "with ';'. The next page's link is in the Link header (rel=\"next\")")));
      response.addHeader("Link", header("The next page (rel=\"next\"), on CSV pages but the "
          + "last", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
    boolean oneResource = method == PathItem.HttpMethod.GET ? path.endsWith("}")
        : method != PathItem.HttpMethod.DELETE;
    if (oneResource) {
      response.addHeader("ETag", header("The resource's version, quoted: send it as If-Match "
          + "to change it, or as If-None-Match to read it only if it changed",
          OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"3\""))));
    }
    if (code.equals("201")) {
      response.addHeader("Location", header("Where the new resource is",
          OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
    }
  }

  private static Header retryAfter() {
    return header("Seconds to wait before trying again",
        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
            java.math.BigDecimal.ONE));
  }

  private static Header header(String description, Schema schema) {
    return OASFactory.createHeader().description(description).schema(schema);
  }

  private static void add(APIResponses responses, String code, String description) {
    MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF));
    APIResponse existing = responses.getAPIResponse(code);
    if (existing != null) {
      if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
          || existing.getContent().getMediaTypes().isEmpty()) {
        existing.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
      }
      return;
    }
    responses.addAPIResponse(code, OASFactory.createAPIResponse()
        .description(description)
        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem)));
  }

  private static Schema problemSchema() {
    Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
        .required(List.of("field", "message"))
        .properties(Map.of("field", string("limit"),
            "message", string("must be between 1 and 200")));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .required(List.of("type", "title", "status"))
        .properties(Map.of(
            "type", string(Problem.TYPE_PREFIX + "validation"),
            "title", string("Invalid request"),
            "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                .examples(List.of(400)),
            "detail", string("limit: must be between 1 and 200"),
            "instance", string("/api/v1/countries"),
            "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("Each invalid field of the request, on a 400")
                .items(fieldError)));
  }

  private static Schema string(String example) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING)
        .examples(List.of(example));
  }
}
