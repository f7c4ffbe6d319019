package org.ogptracker.commitments.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.Theme;

/** A policy area as the API shows it. */
@Schema(name = "Theme")
public record ThemeView(
    @Schema(example = "open_parliaments", required = true) String code,
    @Schema(example = "Open Parliaments", required = true) String label) {

  static ThemeView of(Theme t) {
    return new ThemeView(t.code(), t.label());
  }
}
