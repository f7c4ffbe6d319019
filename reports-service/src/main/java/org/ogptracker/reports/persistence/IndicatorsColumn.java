package org.ogptracker.reports.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.ogptracker.reports.domain.Indicators;

/** An assessment's indicators as stored: a JSON object of API names to codes. */
@Converter(autoApply = true)
public class IndicatorsColumn implements AttributeConverter<Indicators, String> {
  @Override
  public String convertToDatabaseColumn(Indicators indicators) {
    return indicators == null ? null : JsonColumns.write(indicators.asMap());
  }

  @Override
  public Indicators convertToEntityAttribute(String json) {
    return json == null ? null : Indicators.fromMap(JsonColumns.read(json));
  }
}
