package org.ogptracker.reports.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.ogptracker.reports.domain.IrmRecord;

/** A commitment's IRM record as stored: one flat JSON object ({@link IrmRecord#asMap()}). */
@Converter(autoApply = true)
public class IrmRecordColumn implements AttributeConverter<IrmRecord, String> {
  @Override
  public String convertToDatabaseColumn(IrmRecord record) {
    return record == null ? null : JsonColumns.write(record.asMap());
  }

  @Override
  public IrmRecord convertToEntityAttribute(String json) {
    return json == null ? null : IrmRecord.fromMap(JsonColumns.read(json));
  }
}
