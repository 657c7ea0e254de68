package org.homeward.monitoring.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.monitoring.boundary.IndicatorTable;

/**
 * Indicator tables in one long table, one line per indicator, area and category (totals included):
 * numerator and denominator exactly as published ({@code <5}, {@code x}) and the rate where it may be
 * shown. CSV (RFC 4180) and XLSX (Apache POI).
 */
public final class IndicatorExport {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> HEADER = List.of("indicator", "period", "asOf", "area", "institutionId", "breakdown", "category",
      "numerator", "denominator", "rate");

  private IndicatorExport() {}

  public static String csv(List<IndicatorTable> tables) {
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (List<String> line : lines(tables)) {
      out.append(String.join(",", line.stream().map(IndicatorExport::quote).toList())).append("\r\n");
    }
    return out.toString();
  }

  /** One sheet, column titles in the reader's language, rates as numbers formatted as percentages (or ratios). */
  public static byte[] xlsx(List<IndicatorTable> tables, ResourceBundle bundle) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(bundle.getString("monitoring.indicators.title"));
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(bundle.getString("monitoring.export." + HEADER.get(c)));
      }
      int r = 1;
      for (List<String> line : lines(tables)) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < line.size(); c++) {
          String value = line.get(c);
          if (c == 0) {
            row.createCell(c).setCellValue(bundle.getString("indicator." + value + ".name"));
          } else if (c == line.size() - 1 && !value.isEmpty()) {
            row.createCell(c).setCellValue(Double.parseDouble(value));
            if (!line.get(0).equals("RESIDENTS_PER_INSTITUTION")) {
              row.getCell(c).setCellStyle(percent);
            }
          } else {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      sheet.createFreezePane(1, 1);
      sheet.setColumnWidth(0, 50 * 256);
      for (int c = 1; c < HEADER.size(); c++) {
        sheet.setColumnWidth(c, 14 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> lines(List<IndicatorTable> tables) {
    List<List<String>> lines = new ArrayList<>();
    for (IndicatorTable t : tables) {
      for (int i = 0; i <= t.areas().size(); i++) {
        boolean total = i == t.areas().size();
        for (int j = 0; j < t.categories().size() + (t.categories().size() > 1 ? 1 : 0); j++) {
          String category = j == t.categories().size() ? "TOTAL" : t.categories().get(j);
          Double rate = t.rate(i, j);
          String denominator = t.denominator() != null ? t.denominator().label(i, j) : t.perInstitution() != null ? Long.toString(t.perInstitution()[i]) : "";
          lines.add(List.of(t.indicator().name(), t.period().code(), t.asOf().toString(), total ? "TOTAL" : t.areas().get(i).name(),
              total || t.areas().get(i).institutionId() == null ? "" : t.areas().get(i).institutionId().toString(), t.breakdown().name(), category,
              t.numerator().label(i, j), denominator, rate == null ? "" : Double.toString(rate)));
        }
      }
    }
    return lines;
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
