package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentIdsTest {
  @ParameterizedTest
  @CsvSource({"ALB,AL", "USA,US", "XKX,XK", "GBR,GB", "ARBA,ARBA", "ZQQ,ZQQ"})
  void commitment_ids_start_with_the_members_iso2_or_own_code(String member, String prefix) {
    assertEquals(prefix, CommitmentIds.commitmentPrefix(member));
  }

  @Test
  void ids_are_formatted_as_ogp_writes_them() {
    assertEquals("AP_ALB03", CommitmentIds.plan("ALB", 3));
    assertEquals("AP_ALB12", CommitmentIds.plan("ALB", 12));
    assertEquals("AL0050", CommitmentIds.commitment("AL", 50));
    assertEquals("AL0050.2", CommitmentIds.milestone("AL0050", 2));
  }

  @Test
  void challenges_are_derived_from_policy_areas() {
    assertEquals(List.of(GrandChallenge.IMPROVING_PUBLIC_SERVICES,
            GrandChallenge.INCREASING_PUBLIC_INTEGRITY),
        GrandChallenges.fromThemes(List.of("education", "open_parliaments", "youth")));
    assertEquals(List.of(), GrandChallenges.fromThemes(List.of("youth")));
  }

  @Test
  void a_milestone_id_names_its_commitment() {
    assertEquals("AL0050", CommitmentIds.commitmentOf(CommitmentIds.milestone("AL0050", 12)));
    assertEquals(null, CommitmentIds.commitmentOf("AL0050"));
    assertEquals(null, CommitmentIds.commitmentOf(".1"));
  }

  @Test
  void theme_codes_are_the_export_columns_in_snake_case() {
    assertEquals("open_data_water_sanitation", Theme.codeOf("Open Data (Water/Sanitation)"));
    assertEquals("health_and_nutrition", Theme.codeOf("Health & Nutrition"));
    assertEquals("lgbtqia_plus", Theme.codeOf("LGBTQIA+"));
    assertEquals(Theme.EXPORT_COLUMNS.size(), Theme.all().size());
  }
}
