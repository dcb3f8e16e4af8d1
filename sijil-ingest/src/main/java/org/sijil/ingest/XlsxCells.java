package org.sijil.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.sijil.core.UserError;

/**
 * Rows of one sheet of an XLSX workbook via Apache POI. Cells read as their displayed text, except
 * dates (ISO {@code yyyy-mm-dd}) and formulas (their cached result). Missing rows come out blank so
 * row numbers match the sheet.
 */
final class XlsxCells implements CellSource {

  private final Workbook workbook;
  private final Iterator<Row> rows;
  private final DataFormatter formatter = new DataFormatter();
  private int nextRowIndex;
  private Row pending;

  private XlsxCells(Workbook workbook, Sheet sheet) {
    this.workbook = workbook;
    this.rows = sheet.rowIterator();
  }

  /** Opens sheet {@code sheet} (1-based) of {@code file}. */
  static XlsxCells open(Path file, int sheet) throws IOException {
    Workbook wb;
    try {
      wb = WorkbookFactory.create(file.toFile(), null, true);
    } catch (RuntimeException | IOException e) {
      throw new UserError(file + ": not a readable XLSX workbook: " + e.getMessage(), e);
    }
    int n = wb.getNumberOfSheets();
    if (sheet < 1 || sheet > n) {
      wb.close();
      throw new org.sijil.core.SijilException(
          org.sijil.core.ErrorCode.NO_SUCH_SHEET,
          file
              + " has "
              + n
              + " sheet"
              + (n == 1 ? "" : "s")
              + " (1.."
              + n
              + "), not a sheet "
              + sheet,
          file.toString(),
          null,
          null,
          java.util.Map.of("sheets", String.valueOf(n), "sheet", String.valueOf(sheet)),
          null);
    }
    return new XlsxCells(wb, wb.getSheetAt(sheet - 1));
  }

  @Override
  public List<String> next() {
    if (pending == null) {
      if (!rows.hasNext()) {
        return null;
      }
      pending = rows.next();
    }
    if (pending.getRowNum() > nextRowIndex) {
      nextRowIndex++;
      return List.of();
    }
    Row row = pending;
    pending = null;
    nextRowIndex = row.getRowNum() + 1;
    int last = Math.max(0, row.getLastCellNum());
    List<String> cells = new ArrayList<>(last);
    for (int c = 0; c < last; c++) {
      cells.add(text(row.getCell(c)));
    }
    // Trailing blank cells are formatting, not data.
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime t = cell.getLocalDateTimeCellValue();
          return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
              ? t.toLocalDate().toString()
              : t.toString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
          double d = cell.getNumericCellValue();
          return d == Math.rint(d) && Math.abs(d) < 1e15
              ? Long.toString((long) d)
              : Double.toString(d);
        }
        return formatter.formatCellValue(cell);
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
      case ERROR:
        return formatter.formatCellValue(cell);
      default:
        return "";
    }
  }

  @Override
  public String encoding() {
    return null;
  }

  @Override
  public String position() {
    return "sheet row " + (nextRowIndex + 1);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
