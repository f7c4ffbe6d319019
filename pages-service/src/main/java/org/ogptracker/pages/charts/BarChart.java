package org.ogptracker.pages.charts;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG ({@code templates/charts/bars.html}): a row
 * per bar, its label above it, its length the value's share of {@code max}, the value written
 * after it. The numbers here are the drawing's; the words are the caller's, escaped by the
 * template.
 */
@TemplateData
public record BarChart(String id, String title, List<Row> rows, int width, int height) {
  static final int BAR_SPACE = 280;
  static final int BAR_HEIGHT = 16;
  /** A row: its label on a line of its own (long labels fit a phone), the bar under it. */
  static final int ROW_HEIGHT = 44;
  static final int WIDTH = 420;

  /** One bar: what it is, how long (a share of the chart's maximum) and what it reads. */
  @TemplateData
  public record Bar(String label, double value, String shown) {}

  /** A bar as drawn: its label's baseline, its rectangle's top and length, its value's x. */
  @TemplateData
  public record Row(Bar bar, int textY, int y, int length, int valueX) {
    public int valueY() {
      return y + BAR_HEIGHT - 3;
    }
  }

  public static BarChart of(String id, String title, List<Bar> bars, double max) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double share = max <= 0 ? 0 : Math.max(0, Math.min(1, b.value() / max));
      int length = (int) Math.round(share * BAR_SPACE);
      int top = i * ROW_HEIGHT;
      rows.add(new Row(b, top + 14, top + 20, length, length + 6));
    }
    return new BarChart(id, title, rows, WIDTH, Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT));
  }

  public int barSpace() {
    return BAR_SPACE;
  }

  public int barHeight() {
    return BAR_HEIGHT;
  }

  public boolean empty() {
    return rows.isEmpty();
  }
}
