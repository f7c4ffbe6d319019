package org.ogptracker.pages.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
  @Test
  void each_bar_is_its_share_of_the_maximum_and_stays_within_the_chart() {
    BarChart chart = BarChart.of("c", "Completion", List.of(new BarChart.Bar("half", 50, "50%"),
        new BarChart.Bar("all", 100, "100%"), new BarChart.Bar("over", 250, "250%"),
        new BarChart.Bar("below", -5, "-5")), 100);
    assertEquals(List.of(140, 280, 280, 0), chart.rows().stream().map(BarChart.Row::length)
        .toList());
    // One row under the other, each value written after its bar, inside the drawing.
    for (int i = 1; i < chart.rows().size(); i++) {
      assertTrue(chart.rows().get(i).y() > chart.rows().get(i - 1).y());
    }
    chart.rows().forEach(r -> assertTrue(r.valueX() + 100 < chart.width(), "room for the value"));
    chart.rows().forEach(r -> assertTrue(r.textY() < r.y(), "the label above its bar"));
    assertTrue(chart.rows().get(3).y() + BarChart.BAR_HEIGHT <= chart.height());
  }

  @Test
  void nothing_to_draw_is_said_so() {
    assertTrue(BarChart.of("c", "t", List.of(), 100).empty());
    assertEquals(0, BarChart.of("c", "t", List.of(new BarChart.Bar("x", 5, "5")), 0).rows()
        .get(0).length());
  }
}
