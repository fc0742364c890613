package org.civic.registry.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civic.common.problem.ProblemException;

/**
 * The spreadsheet form of a programme's project list, one project per row, read and written as CSV
 * (UTF-8, Apache Commons CSV) or XLSX (Apache POI). Headers may be English or Chinese; exports use English
 * so that an exported file imports back unchanged. Text cells that a spreadsheet would run as a formula are
 * neutralised on export ({@link #neutralise}) and restored on import ({@link #restore}); {@link #NUMERIC} columns
 * are numbers and left alone.
 */
public final class ProjectTable {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_ROWS = 5000;
    /** The largest file read: the services' body limit ({@code quarkus.http.limits.max-body-size=10M}, a 413 before). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Column → its Chinese header. The order is the export's column order. */
    public static final Map<String, String> COLUMNS = columns(
            "code",
            "项目编号",
            "title",
            "项目名称",
            "title_en",
            "英文名称",
            "description",
            "项目内容",
            "domain",
            "领域",
            "lead_department",
            "牵头单位",
            "co_departments",
            "配合单位",
            "districts",
            "覆盖区域",
            "planned_investment",
            "计划投资",
            "planned_start",
            "计划开始",
            "planned_end",
            "计划完成",
            "state",
            "状态",
            "latitude",
            "纬度",
            "longitude",
            "经度",
            "address",
            "地址",
            "indicators",
            "指标");

    /** A data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
    public record Line(int number, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * Columns that only ever hold a plain decimal (the registry writes them with {@code BigDecimal.toPlainString()} and
     * the import parses them as numbers): a spreadsheet reads {@code -5} or {@code -118.25} there as a number, never a
     * formula, so they are written and read unchanged. Every other column is text and is neutralised.
     */
    public static final Set<String> NUMERIC = Set.of("planned_investment", "latitude", "longitude");

    /** What makes a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final char QUOTE = '\'';

    private static final char BOM = '\uFEFF';

    private ProjectTable() {}

    /**
     * A text cell as exported: one that a spreadsheet would run as a formula (it starts with {@code = + - @}, tab or
     * CR, after any single quotes) gets a single quote in front, which spreadsheets show as text.
     * {@link #restore} removes exactly that quote, so an export imports back unchanged.
     */
    public static String neutralise(String value) {
        return looksLikeFormula(value) ? QUOTE + value : value;
    }

    /** A text cell as imported: the inverse of {@link #neutralise}. */
    public static String restore(String value) {
        return value.length() > 1 && value.charAt(0) == QUOTE && looksLikeFormula(value.substring(1))
                ? value.substring(1)
                : value;
    }

    private static boolean looksLikeFormula(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == QUOTE) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    private static String exported(String column, String value) {
        return NUMERIC.contains(column) ? value : neutralise(value);
    }

    public static List<Line> read(byte[] content, String mediaType) {
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("body", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.badRequest("body", "at most " + MAX_BYTES + " bytes");
        }
        List<List<String>> rows = isXlsx(mediaType) ? readXlsx(content) : readCsv(content);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("body", "the file has no header row");
        }
        List<String> columns = new ArrayList<>();
        for (String header : rows.get(0)) {
            String column = columnOf(header);
            if (column != null && columns.contains(column)) {
                throw ProblemException.badRequest("header", "column " + column + " appears twice");
            }
            columns.add(column);
        }
        for (String required : List.of("code", "title", "domain", "lead_department")) {
            if (!columns.contains(required)) {
                throw ProblemException.badRequest(
                        "header",
                        "missing column " + required + " (" + COLUMNS.get(required) + "); columns are "
                                + String.join(", ", COLUMNS.keySet()));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == null && !rows.get(0).get(i).isBlank()) {
                unknown.add(rows.get(0).get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(
                    "header", "unknown columns " + unknown + "; columns are " + String.join(", ", COLUMNS.keySet()));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw ProblemException.badRequest("body", "at most " + MAX_ROWS + " projects per import");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < row.size(); c++) {
                String column = columns.get(c);
                if (column != null) {
                    cells.put(column, NUMERIC.contains(column) ? row.get(c) : restore(row.get(c)));
                }
            }
            lines.add(new Line(r + 1, cells));
        }
        return lines;
    }

    public static byte[] writeCsv(List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM); // so that spreadsheet programs open Chinese text as UTF-8
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(COLUMNS.keySet());
                for (Map<String, String> row : rows) {
                    printer.printRecord(COLUMNS.keySet().stream()
                            .map(c -> exported(c, row.getOrDefault(c, "")))
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static byte[] writeXlsx(List<Map<String, String>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("projects");
            List<String> columns = List.copyOf(COLUMNS.keySet());
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    // Text cells throughout: codes such as 350582 and amounts keep their exact digits. A text cell is
                    // never evaluated by POI, but it is neutralised as in CSV, so that a copy saved as CSV is safe
                    // and both formats import back the same way.
                    String column = columns.get(c);
                    row.createCell(c, CellType.STRING)
                            .setCellValue(exported(column, rows.get(r).getOrDefault(column, "")));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isXlsx(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith(XLSX);
    }

    private static String columnOf(String header) {
        String name = header.strip().replace(String.valueOf(BOM), "");
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            if (column.getKey().equals(lower) || column.getValue().equals(name)) {
                return column.getKey();
            }
        }
        return null;
    }

    private static List<List<String>> readCsv(byte[] content) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
                rows.get(0).set(0, rows.get(0).get(0).replace(String.valueOf(BOM), ""));
            }
            return rows;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw ProblemException.badRequest("body", "not a readable UTF-8 CSV file: " + e.getMessage());
        }
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(sheet.getFirstRowNum()) == null
                    ? 0
                    : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (int r = 0; r <= sheet.getLastRowNum() && rows.size() <= MAX_ROWS + 1; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("body", "not a readable XLSX workbook");
        }
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return columns;
    }
}
