package org.ogptracker.platform.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ogptracker.platform.web.Problem;

/**
 * Documents the problem responses every operation can give, so each service's OpenAPI lists its
 * errors without repeating the same annotations on every method: 400 and 500 everywhere, 401 and
 * 403 on secured operations, 404 where the path names a resource, 412 on updates.
 */
public class ProblemResponses implements OASFilter {
  static final String SCHEMA = "Problem";
  static final String REF = "#/components/schemas/" + SCHEMA;

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
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
    add(r, "400", "Invalid request: the problem names each invalid field");
    boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
    if (secured) {
      add(r, "401", "No valid bearer token");
      add(r, "403", "The token's role or member may not do this");
    }
    if (path.contains("{")) {
      add(r, "404", "No such resource");
    }
    if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT) {
      add(r, "412", "If-Match does not match the current ETag");
      add(r, "428", "If-Match is required to change an existing resource");
    }
    if (method == PathItem.HttpMethod.POST) {
      add(r, "409", "Conflicts with the current state");
      add(r, "422", "Idempotency-Key reused with a different body");
    }
    add(r, "500", "Unexpected failure; logged, no internals shown");
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.hasAPIResponse(code)) {
      return;
    }
    responses.addAPIResponse(code, OASFactory.createAPIResponse()
        .description(description)
        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
        .properties(Map.of("field", string, "message", string));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .required(List.of("type", "title", "status"))
        .properties(Map.of(
            "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .examples(List.of(Problem.TYPE_PREFIX + "validation")),
            "title", string,
            "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
            "detail", string,
            "instance", string,
            "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
  }
}
