package org.ogptracker.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The reads beside the ceilings, as a bar chart (PNG, JFreeChart, headless). */
final class Chart {
  private Chart() {}

  static void write(Results r, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Results.Read read : r.reads) {
      data.addValue(read.direct().perSecond(), "direct to the service", read.name());
      data.addValue(read.gateway().perSecond(), "through the gateway", read.name());
      if (read.sql() != null) {
        data.addValue(read.sql().perSecond(), "its SQL alone (pgbench)", read.name());
      }
    }
    JFreeChart chart = ChartFactory.createBarChart(
        "Reads at " + Report.count(r.scale.commitments()) + " commitments (" + r.scale.name()
            + " run, " + Runtime.getRuntime().availableProcessors() + " cores, loopback)",
        null, "requests (transactions) per second", data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    marker(plot, r.ceilings.combined(), "HTTP in, one indexed row out (combined ceiling)",
        new Color(0xC0392B));
    marker(plot, r.ceilings.combined() / 2, "half of it (target for GET one commitment)",
        new Color(0xE67E22));
    double top = r.ceilings.combined();
    for (int row = 0; row < data.getRowCount(); row++) {
      for (int col = 0; col < data.getColumnCount(); col++) {
        Number v = data.getValue(row, col);
        top = v == null ? top : Math.max(top, v.doubleValue());
      }
    }
    plot.getRangeAxis().setRange(0, top * 1.12); // the markers stay in sight
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 560);
  }

  private static void marker(CategoryPlot plot, double value, String label, Color color) {
    ValueMarker m = new ValueMarker(value, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    m.setLabel(label + ": " + Report.rate(value) + "/s");
    m.setLabelPaint(color);
    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    plot.addRangeMarker(m);
  }
}
