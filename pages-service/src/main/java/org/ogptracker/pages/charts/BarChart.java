package org.ogptracker.pages.charts;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG ({@code templates/charts/bars.html}): a row
 * per bar, its label on the left, its length the value's share of {@code max}, the value written
 * after it. The numbers here are the drawing's; the words are the caller's, escaped by the
 * template.
 */
@TemplateData
public record BarChart(String id, String title, List<Row> rows, int width, int height) {
  static final int LABEL_WIDTH = 260;
  static final int BAR_SPACE = 300;
  static final int ROW_HEIGHT = 28;
  static final int VALUE_SPACE = 190;

  /** One bar: what it is, how long (a share of the chart's maximum) and what it reads. */
  @TemplateData
  public record Bar(String label, double value, String shown) {}

  /** A bar as drawn: where its text and rectangle go. */
  @TemplateData
  public record Row(Bar bar, int y, int textY, int length, int valueX) {}

  public static BarChart of(String id, String title, List<Bar> bars, double max) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double share = max <= 0 ? 0 : Math.max(0, Math.min(1, b.value() / max));
      int length = (int) Math.round(share * BAR_SPACE);
      int y = i * ROW_HEIGHT + 4;
      rows.add(new Row(b, y, y + 15, length, LABEL_WIDTH + length + 6));
    }
    return new BarChart(id, title, rows, LABEL_WIDTH + BAR_SPACE + VALUE_SPACE,
        Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT + 8));
  }

  public int labelWidth() {
    return LABEL_WIDTH;
  }

  public boolean empty() {
    return rows.isEmpty();
  }
}
