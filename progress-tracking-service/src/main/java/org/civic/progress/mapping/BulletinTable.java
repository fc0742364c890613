package org.civic.progress.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civic.progress.api.ProgrammeBulletin;

/** A bulletin's project lines as a table, CSV or XLSX, with the bulletin's own field names as columns. */
public final class BulletinTable {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record Column(String name, Function<ProgrammeBulletin.Row, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("code", ProgrammeBulletin.Row::code),
            new Column("title", ProgrammeBulletin.Row::title),
            new Column("leadDepartment", ProgrammeBulletin.Row::leadDepartment),
            new Column("districtCodes", r -> String.join(";", r.districtCodes())),
            new Column("phase", ProgrammeBulletin.Row::phase),
            new Column("completionClass", ProgrammeBulletin.Row::completionClass),
            new Column("completionPercent", ProgrammeBulletin.Row::completionPercent),
            new Column("elapsedPercent", ProgrammeBulletin.Row::elapsedPercent),
            new Column("scheduleGapPoints", ProgrammeBulletin.Row::scheduleGapPoints),
            new Column("light", ProgrammeBulletin.Row::light),
            new Column("health", ProgrammeBulletin.Row::health));

    private BulletinTable() {}

    public static byte[] csv(ProgrammeBulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // so that spreadsheet programs open Chinese text as UTF-8
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(COLUMNS.stream().map(Column::name).toList());
                for (ProgrammeBulletin.Row row : bulletin.projects()) {
                    printer.printRecord(COLUMNS.stream().map(c -> cell(c, row)).toList());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ProgrammeBulletin bulletin) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("bulletin " + bulletin.asOf());
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).name());
            }
            for (int r = 0; r < bulletin.projects().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value =
                            COLUMNS.get(c).value().apply(bulletin.projects().get(r));
                    if (value instanceof BigDecimal number) {
                        row.createCell(c, CellType.NUMERIC).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c, CellType.STRING)
                                .setCellValue(
                                        cell(COLUMNS.get(c), bulletin.projects().get(r)));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text as written; one a spreadsheet would take for a formula is quoted (=, +, -, @ first). */
    private static String cell(Column column, ProgrammeBulletin.Row row) {
        Object value = column.value().apply(row);
        String text = value instanceof BigDecimal number ? number.toPlainString() : Objects.toString(value, "");
        return !(value instanceof BigDecimal) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0
                ? "'" + text
                : text;
    }
}
