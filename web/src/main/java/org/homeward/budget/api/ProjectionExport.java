package org.homeward.budget.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.budget.control.Projection;
import org.homeward.budget.control.Projection.MonthCost;

/** The projection as a table, one row a month: CSV and XLSX (Apache POI), with column titles in the reader's language. */
public final class ProjectionExport {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private record Column(String key, Function<MonthCost, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("budget.column.month", m -> m.month().toString()),
      new Column("budget.column.residents", MonthCost::residents),
      new Column("budget.column.moved", MonthCost::moved),
      new Column("budget.column.institution", MonthCost::institution),
      new Column("budget.column.community", MonthCost::community),
      new Column("budget.column.oneOff", MonthCost::oneOff),
      new Column("budget.column.total", MonthCost::total),
      new Column("budget.column.baseline", MonthCost::baseline),
      new Column("budget.column.doubleFunding", MonthCost::doubleFunding),
      new Column("budget.column.released", MonthCost::released),
      new Column("budget.column.costPerResident", MonthCost::costPerResident));

  private ProjectionExport() {}

  /** Comma-separated, amounts with a point and two decimals, a header row; RFC 4180 quoting for the titles. */
  public static String csv(Projection projection, ResourceBundle bundle) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", COLUMNS.stream().map(c -> quote(bundle.getString(c.key()) + suffix(c, projection, bundle))).toList())).append("\r\n");
    for (MonthCost month : projection.months()) {
      out.append(String.join(",", COLUMNS.stream().map(c -> {
        Object value = c.value().apply(month);
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
      }).toList())).append("\r\n");
    }
    return out.toString();
  }

  public static byte[] xlsx(Projection projection, ResourceBundle bundle) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(bundle.getString("budget.projection"));
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(bundle.getString(COLUMNS.get(c).key()) + suffix(COLUMNS.get(c), projection, bundle));
      }
      int r = 1;
      for (MonthCost month : projection.months()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < COLUMNS.size(); c++) {
          Object value = COLUMNS.get(c).value().apply(month);
          if (value instanceof BigDecimal d) {
            row.createCell(c).setCellValue(d.doubleValue());
            row.getCell(c).setCellStyle(money);
          } else if (value instanceof Integer i) {
            row.createCell(c).setCellValue(i);
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      sheet.createFreezePane(1, 1);
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.setColumnWidth(c, 16 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String suffix(Column column, Projection projection, ResourceBundle bundle) {
    return column.key().equals("budget.column.month") || column.key().equals("budget.column.residents") || column.key().equals("budget.column.moved")
        ? "" : " (" + projection.currency() + ")";
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
