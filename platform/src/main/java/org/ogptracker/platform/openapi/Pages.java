package org.ogptracker.platform.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.ogptracker.platform.paging.PageRequest;

/**
 * How the lists page, as {@link PageRequest} takes it and {@code Page} answers: {@code limit} an
 * integer from 1 to {@link PageRequest#MAX_LIMIT} (a generated client passes a number, not a
 * string), {@code cursor} the opaque value of the previous page's {@code cursor} field; and each
 * page named after what it holds ({@code MemberPage}, not the Java type's {@code PageMemberView}),
 * which is what generated clients call their classes.
 */
final class Pages {
  private static final String SCHEMAS = "#/components/schemas/";

  private Pages() {}

  static void addTo(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, String> renamed = renamePages(openApi);
    openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
        .forEach(op -> {
          if (op.getParameters() != null) {
            op.getParameters().forEach(Pages::document);
          }
          refer(op, renamed);
        }));
    if (!renamed.isEmpty()) {
      openApi.getComponents().getSchemas().values().forEach(s -> refer(s, renamed));
    }
  }

  private static void document(Parameter p) {
    if (p.getIn() != Parameter.In.QUERY) {
      return;
    }
    if ("limit".equals(p.getName())) {
      p.description("Page size, 1 to " + PageRequest.MAX_LIMIT + " (default "
          + PageRequest.DEFAULT_LIMIT + ")");
      p.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
          .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
          .defaultValue(PageRequest.DEFAULT_LIMIT));
    } else if ("cursor".equals(p.getName())) {
      p.description("Where the page starts: the previous page's cursor (absent on the first "
          + "page and after the last)");
      p.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
  }

  /** Renames every page schema after its items' schema; the old name → the new. */
  private static Map<String, String> renamePages(OpenAPI openApi) {
    Map<String, String> renamed = new LinkedHashMap<>();
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return renamed;
    }
    Map<String, Schema> schemas = new LinkedHashMap<>(openApi.getComponents().getSchemas());
    schemas.forEach((name, schema) -> {
      Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
      String of = items == null || items.getItems() == null ? null : items.getItems().getRef();
      if (name.startsWith("Page") && of != null && of.startsWith(SCHEMAS)) {
        String page = of.substring(SCHEMAS.length()) + "Page";
        openApi.getComponents().removeSchema(name);
        openApi.getComponents().addSchema(page, schema);
        renamed.put(name, page);
      }
    });
    return renamed;
  }

  /** Points the operation's answers at the pages' new names (no request takes a page). */
  private static void refer(Operation op, Map<String, String> renamed) {
    if (op.getResponses() == null || renamed.isEmpty()) {
      return;
    }
    op.getResponses().getAPIResponses().values().forEach(response -> {
      if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
        response.getContent().getMediaTypes().values()
            .forEach(media -> refer(media.getSchema(), renamed));
      }
    });
  }

  /** Points a schema and those it holds (a plan's tracking holds a page) at the new names. */
  private static void refer(Schema s, Map<String, String> renamed) {
    if (s == null) {
      return;
    }
    String ref = s.getRef();
    if (ref != null && ref.startsWith(SCHEMAS)
        && renamed.containsKey(ref.substring(SCHEMAS.length()))) {
      s.setRef(SCHEMAS + renamed.get(ref.substring(SCHEMAS.length())));
    }
    if (s.getProperties() != null) {
      s.getProperties().values().forEach(p -> refer(p, renamed));
    }
    refer(s.getItems(), renamed);
    refer(s.getAdditionalPropertiesSchema(), renamed);
    for (var list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
      if (list != null) {
        list.forEach(x -> refer(x, renamed));
      }
    }
  }
}
