package org.ogptracker.countries.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.platform.csv.CsvRows;

class OgpExportImporterTest {
  @ParameterizedTest
  @CsvSource({"ARBA,ARG", "MXJL,MEX", "GBSC,GBR", "NGKD,NGA", "PHSC,PHL", "ESMD,ESP", "GETB,GEO"})
  void local_members_belong_to_the_country_of_their_iso2_prefix(String local, String parent) {
    assertEquals(parent, OgpExportImporter.parentOf(local));
  }

  @Test
  void kinds_of_the_export_map_to_national_and_local() {
    assertEquals(MemberKind.NATIONAL, OgpExportImporter.kind("National"));
    assertEquals(MemberKind.NATIONAL, OgpExportImporter.kind("Other"));
    assertEquals(MemberKind.LOCAL, OgpExportImporter.kind("Legacy Local"));
    assertThrows(IllegalArgumentException.class, () -> OgpExportImporter.kind("Regional"));
  }

  @Test
  void a_row_becomes_an_active_registration() {
    String csv = "Country/Locality,Code,Region,National Or Local\n"
        + "\"Buenos Aires, Argentina\",ARBA,Americas,Legacy Local\n"
        + "Albania,ALB,Europe,National\n"
        + "Mars,MRS,Outer Space,National\n";
    try (CsvRows rows = CsvRows.open(new StringReader(csv),
        Set.of("Code", "Region", "Country/Locality", "National Or Local"))) {
      var it = rows.iterator();
      var local = OgpExportImporter.toRegistration(it.next());
      assertEquals("ARG", local.parentCode());
      assertEquals(Region.AMERICAS, local.region());
      var national = OgpExportImporter.toRegistration(it.next());
      assertNull(national.parentCode());
      var bad = it.next();
      assertEquals(4, bad.line());
      var e = assertThrows(IllegalArgumentException.class, () -> OgpExportImporter.toRegistration(bad));
      assertEquals("unknown region 'Outer Space'", e.getMessage());
    }
  }
}
