package org.ogptracker.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What every service's OpenAPI document says that no single method's annotations do: the
 * responses any operation can give ({@link ProblemResponses}), how lists page
 * ({@link Pages}) and the headers a deprecated operation sends
 * ({@link Deprecations}). The one filter of each service ({@code mp.openapi.filter}).
 */
public class ApiDocument implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    ProblemResponses.addTo(openApi);
    Pages.addTo(openApi);
    Deprecations.addTo(openApi);
  }
}
