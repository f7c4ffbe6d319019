package org.ogptracker.countries.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.Criterion;
import org.ogptracker.countries.domain.EligibilityScores;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.web.Problem.FieldError;

/** A year's scores: 0 to 4 points per criterion, null (or left out) when not applicable. */
@Schema(name = "EligibilityRequest")
public record EligibilityRequest(
    @NotNull @Size(max = 4, message = "holds at most the four criteria")
    @Schema(description = "Points per criterion key, 0 to 4, null when not applicable",
        example = "{\"fiscal_transparency\":4,\"access_to_information\":4,"
            + "\"asset_disclosure\":null,\"citizen_engagement\":3}")
        Map<String, Integer> scores,
    @NotNull @Schema(description = "Whether the values check (civic space) passed",
        example = "true") Boolean valuesCheckPassed) {

  EligibilityScores toScores() {
    List<FieldError> errors = new ArrayList<>();
    Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
    scores.forEach((key, value) -> {
      Criterion c = null;
      for (Criterion each : Criterion.values()) {
        if (each.code().equals(key)) {
          c = each;
        }
      }
      if (c == null) {
        errors.add(new FieldError("scores." + key, "unknown criterion; allowed: "
            + String.join(", ", EnumCodes.allowed(Criterion.class))));
      } else if (value != null && (value < 0 || value > Criterion.MAX_POINTS)) {
        errors.add(new FieldError("scores." + key, "must be 0 to 4, or null when not applicable"));
      } else {
        points.put(c, value);
      }
    });
    if (!errors.isEmpty()) {
      throw Problems.invalid(errors);
    }
    return new EligibilityScores(points, valuesCheckPassed);
  }
}
