package org.ogptracker.platform.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.platform.paging.Page;

/**
 * Writes any {@link Page} of records as CSV ({@code Accept: text/csv}): one column per record
 * component, lists joined with {@code ;}, the next page in a {@code Link} header. Text that a
 * spreadsheet would take for a formula is neutralized.
 */
@Provider
@Produces(CsvPageWriter.TEXT_CSV)
public class CsvPageWriter implements MessageBodyWriter<Page<?>> {
  public static final String TEXT_CSV = "text/csv";

  @Override
  public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
    // Only when CSV was asked for by name: a client accepting anything gets JSON.
    return Page.class.isAssignableFrom(type) && media != null && !media.isWildcardType()
        && "csv".equals(media.getSubtype());
  }

  @Override
  public void writeTo(Page<?> page, Class<?> type, Type generic, Annotation[] annotations,
      MediaType media, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    if (page.next() != null) {
      headers.putSingle("Link", "<" + page.next() + ">; rel=\"next\"");
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<?> items = page.items();
    RecordComponent[] columns = items.isEmpty() || !items.get(0).getClass().isRecord()
        ? new RecordComponent[0] : items.get(0).getClass().getRecordComponents();
    List<String> header = new ArrayList<>();
    for (RecordComponent c : columns) {
      header.add(c.getName());
    }
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
        .setHeader(header.toArray(String[]::new)).get());
    for (Object item : items) {
      List<String> row = new ArrayList<>(columns.length);
      for (RecordComponent c : columns) {
        row.add(cell(read(c, item)));
      }
      printer.printRecord(row);
    }
    printer.flush();
  }

  private static Object read(RecordComponent c, Object item) {
    try {
      return c.getAccessor().invoke(item);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + c.getName(), e);
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> e) {
      return EnumCodes.code(e);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(CsvPageWriter::cell).collect(Collectors.joining(";"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(en -> en.getKey() + "=" + cell(en.getValue()))
          .collect(Collectors.joining(";"));
    }
    if (value instanceof CharSequence text) {
      return neutralized(text.toString());
    }
    return value.toString();
  }

  /**
   * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
   * carriage return) gets a leading apostrophe, as OWASP advises against CSV injection. So does
   * each part after a ';': a spreadsheet set to split on ';' (the list separator in much of
   * Europe and Latin America) would open "Costs;=HYPERLINK(...)" as two cells, the second a
   * formula.
   */
  static String neutralized(String text) {
    if (text.indexOf(';') < 0) {
      return neutralizedPart(text);
    }
    return Arrays.stream(text.split(";", -1)).map(CsvPageWriter::neutralizedPart)
        .collect(Collectors.joining(";"));
  }

  private static String neutralizedPart(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
