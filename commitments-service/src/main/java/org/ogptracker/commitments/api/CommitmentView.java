package org.ogptracker.commitments.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.GrandChallenge;
import org.ogptracker.commitments.domain.OgpValue;
import org.ogptracker.platform.http.EnumParams;

/** A commitment as the API shows it. */
@Schema(name = "Commitment")
public record CommitmentView(
    @Schema(example = "AL0050", required = true) String id,
    @Schema(example = "AP_ALB03", required = true) String planId,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(example = "Commitment to publish online central and local government legislation"
        + " in open systems and for free", required = true) String title,
    @Schema(example = "This commitment's main objective is to publish online in open systems"
        + " and for free, central and local government legislation.") String description,
    @Schema(example = "Minister of Local Affairs") String leadInstitution,
    @Schema(example = "[\"INFOCIP\"]", required = true) List<String> supportingInstitutions,
    LocalDate startDate,
    LocalDate endDate,
    @Schema(required = true) List<GrandChallenge> grandChallenges,
    @Schema(required = true) List<OgpValue> ogpValues,
    @Schema(description = "Policy-area codes, see /api/v1/themes", required = true,
        example = "[\"democratizing_decision_making\", \"regulatory_governance\","
            + " \"open_parliaments\", \"capacity_building\", \"subnational\"]")
        List<String> themes,
    @Schema(example = "https://opengovpartnership.org/members/albania/commitments/al0050")
        String sourceUrl) {

  static CommitmentView of(Commitment c) {
    return new CommitmentView(c.id, c.planId, c.memberCode, c.title, c.description,
        c.leadInstitution, c.supportingInstitutions, c.startDate, c.endDate,
        c.grandChallenges.stream().map(g -> EnumParams.parse(GrandChallenge.class, g, "grandChallenges")).toList(),
        c.ogpValues.stream().map(v -> EnumParams.parse(OgpValue.class, v, "ogpValues")).toList(),
        c.themes, c.sourceUrl);
  }
}
