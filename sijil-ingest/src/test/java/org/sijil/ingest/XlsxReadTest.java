package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.UserError;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/** XLSX files are generated here with POI; no workbook is committed. */
class XlsxReadTest {

  @TempDir Path dir;

  Path workbook() throws Exception {
    Path p = dir.resolve("list.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(p)) {
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("see sheet 2");
      Sheet s = wb.createSheet("list");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      s.createRow(0).createCell(0).setCellValue("قائمة الشهداء");
      Row h = s.createRow(2);
      String[] headers = {
        "رقم الهوية", "الاسم", "Name", "العمر", "الجنس", "تاريخ الميلاد", "تاريخ الوفاة"
      };
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      Row r = s.createRow(3);
      r.createCell(0).setCellValue(900000001d);
      r.createCell(1).setCellValue("محمد أحمد خليل النجار");
      r.createCell(2).setCellValue("Muhammad Ahmed Khalil al-Najjar");
      r.createCell(3).setCellValue(43);
      r.createCell(4).setCellValue("ذكر");
      r.createCell(5).setCellValue(LocalDate.of(1980, 5, 1));
      r.getCell(5).setCellStyle(dateStyle);
      r.createCell(6).setCellValue("2023-11-02");
      // row 4 left out entirely: a blank row
      Row r2 = s.createRow(5);
      r2.createCell(0).setCellValue("900000002");
      r2.createCell(1).setCellValue("فاطمة محمود حسن");
      r2.createCell(3).setCellFormula("0+7");
      r2.createCell(4).setCellValue("f");
      Row r3 = s.createRow(6);
      r3.createCell(3).setCellValue(5);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel caches results
      wb.write(out);
    }
    return p;
  }

  @Test
  void readsTheChosenSheet() throws Exception {
    Path p = workbook();
    try (ListRead read =
        ListReader.open(p, ReadOptions.defaults().withSheet(2).withPivotYear(2024))) {
      assertEquals(FileFormat.XLSX, read.layout().format());
      assertEquals(2, read.layout().preamble().size());
      assertEquals(
          "name_en",
          read.layout().mapping().entrySet().stream()
              .filter(e -> e.getValue().equals("Name"))
              .findFirst()
              .orElseThrow()
              .getKey());
      List<ReadRow> rows = new ArrayList<>();
      read.forEachRemaining(rows::add);
      assertEquals(3, rows.size());
      CasualtyRecord a = rows.get(0).record();
      assertEquals("900000001", a.id());
      assertEquals("محمد أحمد خليل النجار", a.nameAr());
      assertEquals("Muhammad Ahmed Khalil al-Najjar", a.nameEn());
      assertEquals(Age.ofYears(43), a.age());
      assertEquals(LocalDate.of(1980, 5, 1), a.dob());
      assertEquals(LocalDate.of(2023, 11, 2), a.dod());
      CasualtyRecord b = rows.get(1).record();
      assertEquals(3, b.row(), "the missing sheet row keeps its number");
      assertEquals(Sex.FEMALE, b.sex());
      assertEquals(Age.ofYears(7), b.age());
      assertTrue(rows.get(2).isRejected());
      assertEquals("no name and no id", rows.get(2).reject().reason());
      assertEquals(1, read.blankRows());
    }
  }

  @Test
  void sheetOutOfRangeIsAUserError() throws Exception {
    Path p = workbook();
    UserError e =
        assertThrows(
            UserError.class, () -> ListReader.open(p, ReadOptions.defaults().withSheet(3)));
    assertTrue(e.getMessage().contains("1..2"), e.getMessage());
  }
}
