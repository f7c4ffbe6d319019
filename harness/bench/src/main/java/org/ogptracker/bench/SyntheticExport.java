package org.ogptracker.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An OGP export at scale, shaped like the real one: members with {@code plans / members} action
 * plans each, plan sizes drawn from the real export's plan sizes (most plans small, a few large)
 * and scaled to the commitment total, and each commitment's texts, themes, values and IRM
 * indicators taken in turn from the real rows. Written as several files, each under the
 * services' request body limit, whole plans per file.
 */
final class SyntheticExport {
  /** One generated commitment: its id and its member. */
  record Commitment(String id, String member, String plan) {}

  static final int ROWS_PER_FILE = 1_000;
  private static final int MAX_TEXT = 2_000;
  private final List<String> header;
  private final List<CSVRecord> real;
  private final List<Integer> realPlanSizes;

  private SyntheticExport(List<String> header, List<CSVRecord> real, List<Integer> planSizes) {
    this.header = header;
    this.real = real;
    this.realPlanSizes = planSizes;
  }

  static SyntheticExport from(Path realExport) {
    try (Reader in = Files.newBufferedReader(realExport)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      List<CSVRecord> rows = parser.getRecords();
      Map<String, Integer> sizes = new LinkedHashMap<>();
      rows.forEach(r -> sizes.merge(r.get("Action Plan ID"), 1, Integer::sum));
      return new SyntheticExport(parser.getHeaderNames(), rows, List.copyOf(sizes.values()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Member code {@code i}: Q followed by two letters (QAA, QAB, ...). */
  static String member(int i) {
    return "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
  }

  /**
   * Writes the export for {@code scale} into {@code dir} as part-NNN.csv files and returns the
   * commitments it holds, in file order.
   */
  List<Commitment> write(Scale scale, Path dir) throws IOException {
    Files.createDirectories(dir);
    int[] sizes = planSizes(scale.plans(), scale.commitments(), new Random(42));
    int plansPerMember = scale.plans() / scale.members();
    List<Commitment> written = new ArrayList<>(scale.commitments());
    CSVPrinter csv = null;
    int file = 0;
    int inFile = 0;
    int rowId = 0;
    try {
      for (int m = 0; m < scale.members(); m++) {
        String code = member(m);
        int number = 0;
        for (int p = 1; p <= plansPerMember; p++) {
          int size = sizes[m * plansPerMember + p - 1];
          if (csv == null || inFile + size > ROWS_PER_FILE && inFile > 0) {
            if (csv != null) {
              csv.close();
            }
            csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve(String.format("part-%03d.csv", file++))),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            inFile = 0;
          }
          String plan = String.format("AP_%s%02d", code, p);
          for (int c = 0; c < size; c++) {
            number++;
            String id = String.format("%s%04d", code, number);
            csv.printRecord(row(real.get(rowId % real.size()), id, code, m, p, c + 1, plan, rowId));
            written.add(new Commitment(id, code, plan));
            rowId++;
            inFile++;
          }
        }
      }
    } finally {
      if (csv != null) {
        csv.close();
      }
    }
    return written;
  }

  private List<String> row(CSVRecord template, String id, String code, int member, int plan,
      int numberInPlan, String planId, int rowId) {
    List<String> row = new ArrayList<>(header.size());
    for (String column : header) {
      String v = template.get(column);
      switch (column) {
        case "Commitment Unique Identifier" -> v = id;
        case "Code" -> v = code;
        case "Country/Locality" -> v = "Benchland " + code;
        case "Region" -> v = real.get((member * 7) % real.size()).get("Region");
        case "National Or Local" -> v = "National";
        case "Action Plan ID" -> v = planId;
        case "Action Plan Number" -> v = Integer.toString(plan);
        case "Commitment Number" -> v = Integer.toString(numberInPlan);
        case "Year Of Submission" -> v = Integer.toString(2011 + plan);
        case "Action Plan End Year" -> v = Integer.toString(2013 + plan);
        case "Action Plan Duration (Years)" -> v = "2";
        case "Full Text" -> v = v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
        case "URL" -> v = "https://example.org/bench/" + id;
        case "id" -> v = Integer.toString(rowId + 1);
        default -> { }
      }
      row.add(v);
    }
    return row;
  }

  /**
   * {@code plans} sizes summing to {@code total}: each plan draws a real plan's size, and the
   * draws are scaled to the total, every plan keeping at least one.
   */
  int[] planSizes(int plans, int total, Random random) {
    return allocate(skewedWeights(plans, random), total);
  }

  /** {@code n} weights drawn from the real export's plan sizes: many small, a few large. */
  double[] skewedWeights(int n, Random random) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = realPlanSizes.get(random.nextInt(realPlanSizes.size()));
    }
    return weights;
  }

  /**
   * Splits {@code total} into parts proportional to {@code weights} (largest remainders), each
   * part at least one.
   */
  static int[] allocate(double[] weights, int total) {
    int n = weights.length;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] sizes = new int[n];
    double[] remainders = new double[n];
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      double exact = 1 + weights[i] * (total - n) / sum;
      sizes[i] = (int) Math.floor(exact);
      remainders[i] = exact - sizes[i];
      assigned += sizes[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
    for (int k = 0; assigned < total; k++) {
      sizes[order[k % n]]++;
      assigned++;
    }
    return sizes;
  }
}
