package org.ogptracker.bench;

import java.util.ArrayList;
import java.util.List;

/** Rows under a header, printed as aligned text or as a Markdown table. */
final class Table {
  private final String title;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String title, List<String> header) {
    this.title = title;
    this.header = header;
  }

  String title() {
    return title;
  }

  void row(String... cells) {
    rows.add(List.of(cells));
  }

  String text() {
    int[] widths = new int[header.size()];
    for (List<String> r : all()) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> r : all()) {
      b.append("  ");
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        b.append(i == 0 ? pad(cell, widths[i]) : padLeft(cell, widths[i])).append("  ");
      }
      b.setLength(b.length() - 2);
      b.append('\n');
    }
    return b.toString();
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      b.append(i == 0 ? "---|" : "---:|");
    }
    b.append('\n');
    for (List<String> r : rows) {
      b.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return b.toString();
  }

  private List<List<String>> all() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }
}
