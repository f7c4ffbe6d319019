package org.ogptracker.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares on every successful answer of a deprecated operation the headers that say so
 * ({@code http.DeprecationHeaders}): Deprecation, Sunset and the Link to what replaces it.
 */
final class Deprecations {
  private Deprecations() {}

  static void addTo(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
        .stream().filter(op -> Boolean.TRUE.equals(op.getDeprecated()))
        .filter(op -> op.getResponses() != null)
        .forEach(op -> op.getResponses().getAPIResponses().forEach((code, response) -> {
          if (code.startsWith("2")) {
            response.addHeader("Deprecation", header("RFC 9745: since when this operation is "
                + "deprecated, as @ and seconds since 1970", "@1801353600"));
            response.addHeader("Sunset", header("RFC 8594: from when it may no longer answer",
                "Sat, 31 Jul 2027 00:00:00 GMT"));
            response.addHeader("Link", header("What replaces it (rel=\"deprecation\"), and on "
                + "CSV pages the next page (rel=\"next\")",
                "<https://example.org/changelog#2-0-0>; rel=\"deprecation\""));
          }
        })));
  }

  private static Header header(String description, String example) {
    return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING).examples(List.of(example)));
  }
}
