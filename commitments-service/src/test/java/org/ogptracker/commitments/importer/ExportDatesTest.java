package org.ogptracker.commitments.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportDatesTest {
  @ParameterizedTest(name = "{0} (end={1}) -> {2}")
  @CsvSource(nullValues = "unknown", delimiter = '|', value = {
      "9/1/2018|false|2018-09-01", "31/12/2016|true|2016-12-31", "12/31/2022|true|2022-12-31", "6/30/18|true|2018-06-30",
      "July 2014|false|2014-07-01", "July 2014|true|2014-07-31", "2016|false|2016-01-01",
      "2016|true|2016-12-31", "Quarter 2 2019|false|2019-04-01", "Quarter 2 2019|true|2019-06-30",
      "IV quarter of 2017|true|2017-12-31", "I quarter of 2017|false|2017-01-01",
      "43101|false|2018-01-01", "Underway|false|unknown", "In progress|true|unknown",
      "13/45/2018|false|unknown"})
  void reads_the_exports_date_spellings(String text, boolean end, LocalDate want) {
    assertEquals(want, ExportDates.parse(text, end).orElse(null));
  }

  @Test
  void splits_supporting_institutions_across_wrapped_lines() {
    assertEquals(List.of("Ministry of Finance and Economy", "The National Agency of Information Society",
            "Line Ministries"),
        OgpExportImporter.institutions("Ministry of Finance and Economy, The National Agency of\n"
            + "Information Society; Line\nMinistries."));
  }
}
