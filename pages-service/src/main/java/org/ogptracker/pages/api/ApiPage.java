package org.ogptracker.pages.api;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A page of a list the API answers: its items and, when there is a next page, its cursor (the
 * pages link to theirs with it).
 */
@TemplateData
public record ApiPage<T>(List<T> items, String cursor) {
  public ApiPage {
    items = items == null ? List.of() : items;
  }
}
