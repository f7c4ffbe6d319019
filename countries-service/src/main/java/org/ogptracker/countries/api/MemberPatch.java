package org.ogptracker.countries.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.countries.service.CountryService.Changes;

/** Changes to a member (JSON merge patch): fields left out or null stay as they are. */
@Schema(name = "MemberPatch")
public record MemberPatch(
    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Schema(example = "Albania") String name,
    Region region,
    MemberStatus status,
    @Size(max = 500) @Schema(description = "Why the status changes; kept in the history",
        example = "Letter of intent received") String statusReason,
    LocalDate joinedOn) {

  Changes toChanges() {
    return new Changes(name == null ? null : name.strip(), region, status, statusReason, joinedOn);
  }
}
