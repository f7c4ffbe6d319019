package org.ogptracker.countries.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;

/** A member as the API shows it. */
@Schema(name = "Member")
public record MemberView(
    @Schema(example = "ALB", required = true) String code,
    @Schema(example = "Albania", required = true) String name,
    @Schema(required = true) MemberKind kind,
    @Schema(description = "ISO-3 code of the country a local member belongs to", example = "ARG")
        String parentCode,
    @Schema(required = true) Region region,
    @Schema(required = true) MemberStatus status,
    @Schema(example = "2011-09-01") LocalDate joinedOn) {

  static MemberView of(Member m) {
    return new MemberView(m.code, m.name, m.kind, m.parentCode, m.region, m.status, m.joinedOn);
  }
}
