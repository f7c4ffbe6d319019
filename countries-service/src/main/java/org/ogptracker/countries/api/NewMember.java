package org.ogptracker.countries.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.countries.service.CountryService.Registration;
import org.ogptracker.platform.problem.Problems;

/** Request to register a member. */
@Schema(name = "NewMember")
public record NewMember(
    @NotNull @Pattern(regexp = "[A-Z]{3,4}", message = "must be 3 (national) or 4 (local) capital letters")
    @Schema(example = "ALB") String code,
    @NotBlank @Size(max = 200) @Schema(example = "Albania") String name,
    @NotNull MemberKind kind,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-3 country code")
    @Schema(description = "Required for local members: ISO-3 code of their country",
        example = "ARG") String parentCode,
    @NotNull Region region,
    @Schema(description = "Initial status, inactive unless given") MemberStatus status,
    LocalDate joinedOn,
    @Size(max = 500) @Schema(description = "Why the member is registered; kept in its history",
        example = "Letter of intent to join OGP received") String reason) {

  Registration toRegistration() {
    if (!kind.accepts(code)) {
      throw Problems.invalidField("code", kind.codeRule());
    }
    if ((kind == MemberKind.LOCAL) != (parentCode != null)) {
      throw Problems.invalidField("parentCode", kind == MemberKind.LOCAL
          ? "is required for a local member" : "is only for local members");
    }
    return new Registration(code, name.strip(), kind, parentCode, region,
        status == null ? MemberStatus.INACTIVE : status, joinedOn,
        reason == null ? "registered" : reason);
  }
}
