package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.departmentCode;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager entityManager;

    String city;
    String county;
    String programmeId;
    String civil;
    String health;

    @BeforeEach
    void setUp() {
        city = child(province(), "CITY", "晋江市");
        county = child(city, "COUNTY", "某区");
        programmeId = programme(city, "PUBLISHED");
        civil = departmentCode(department(city, "晋江市民政局"));
        health = departmentCode(department(city, "晋江市卫健局"));
    }

    /** A file with Chinese headers, as a city department would fill it in. */
    String chineseFile() {
        return "项目编号,项目名称,项目内容,领域,牵头单位,配合单位,覆盖区域,计划投资,计划开始,计划完成,指标\n"
                + "JJ-01,建设长者食堂,\"建成具有供餐、配餐功能的长者食堂\",ELDERLY," + civil + "," + health + "," + county
                + ",1200000.00,2022-01-01,2022-12-31,canteens|长者食堂|个|0|20|INCREASE|true\n"
                + "JJ-02,电子健康卡(医码通)项目二期,二级以上公立医院就医一码通用,HEALTH," + health + ",,,,2022-01-01,2022-10-31,"
                + "hospitals|接入医院|家|0|12|INCREASE|true;cards|发卡|张|0|500000|INCREASE|true\n";
    }

    @Test
    void aChineseCsvImportsAndReimportingItDuplicatesNothing() {
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("created", equalTo(2))
                .body("errors.size()", equalTo(0));
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(2));
        assertEquals(2L, projects());
        given().queryParam("programmeId", programmeId)
                .queryParam("q", "医码通")
                .when()
                .get("/projects")
                .then()
                .body("items[0].indicators.key", equalTo(List.of("hospitals", "cards")));
    }

    @Test
    void aDryRunReportsEveryRowErrorAndWritesNothing() {
        String bad = "code,title,domain,lead_department,planned_investment,planned_start,planned_end,indicators\n"
                + "B-1,好项目,ELDERLY," + civil + ",100,2022-01-01,2022-12-31,\n"
                + "B-2,,NOPE,XX-UNKNOWN,-5,2022-13-01,2022-12-31,\n"
                + "B-1,重复编号,ELDERLY," + civil + ",1.234,2022-06-01,2022-01-01,k|名|个|0|x|UP|maybe\n";
        given().contentType(CSV)
                .queryParam("dryRun", true)
                .body(bad.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("applied", equalTo(false))
                .body("errors.findAll { it.row == 3 }.column", hasItem("lead_department"))
                .body("errors.findAll { it.row == 3 }.column", hasItem("planned_start"))
                .body("errors.findAll { it.row == 4 }.column", hasItem("indicators"));
        assertEquals(0L, projects());
        given().contentType(CSV)
                .body(bad.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:import-invalid"))
                .body("errors.findAll { it.row == 4 }.column", hasItem("code"));
        assertEquals(0L, projects());
    }

    @Test
    void anExportImportsBackUnchangedAsCsvAndXlsx() {
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200);
        byte[] csv = given().queryParam("format", "csv")
                .when()
                .get("/programmes/" + programmeId + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        given().contentType(CSV)
                .body(csv)
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("updated", equalTo(0))
                .body("created", equalTo(0));
        byte[] again = given().queryParam("format", "csv")
                .when()
                .get("/programmes/" + programmeId + "/export")
                .then()
                .extract()
                .asByteArray();
        assertArrayEquals(csv, again);
        byte[] xlsx = given().queryParam("format", "xlsx")
                .when()
                .get("/programmes/" + programmeId + "/export")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        given().contentType(XLSX)
                .body(xlsx)
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2));
        given().queryParam("format", "pdf")
                .when()
                .get("/programmes/" + programmeId + "/export")
                .then()
                .statusCode(400);
    }

    /** Cells a spreadsheet would run as formulas, in text columns, and ordinary data beside them. */
    String formulaFile() {
        return "code,title,title_en,description,domain,lead_department,planned_investment,latitude,longitude,address,indicators\n"
                + "F-01,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+86 hotline,-2+3,ELDERLY," + civil
                + ",1200000.00,24.78,-118.55,'=already quoted,k|名|个|0|20|INCREASE|true\n"
                + "F-02,@SUM(1+1),,'ordinary ' quote,ELDERLY," + civil + ",,,,一号楼,\n";
    }

    @Test
    void formulaCellsAreNeutralisedInCsvExportsAndImportBackUnchanged() {
        given().contentType(CSV)
                .body(formulaFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        given().queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .body("items.find { it.code == 'F-01' }.title", equalTo("=HYPERLINK(\"http://x\",\"y\")"))
                .body("items.find { it.code == 'F-01' }.titleEn", equalTo("+86 hotline"))
                .body("items.find { it.code == 'F-01' }.description", equalTo("-2+3"))
                .body("items.find { it.code == 'F-01' }.location.address", equalTo("=already quoted"))
                .body("items.find { it.code == 'F-02' }.title", equalTo("@SUM(1+1)"));

        byte[] csv = export("csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), text);
        assertTrue(text.contains(",'@SUM(1+1),"), text);
        assertTrue(text.contains(",'+86 hotline,'-2+3,"), text);
        assertTrue(text.contains(",'=already quoted,"), text);
        // numbers stay numbers, ordinary text stays as it is
        assertTrue(text.contains(",1200000.00,") && text.contains(",24.780000,-118.550000,"), text);
        assertTrue(text.contains(",k|名|个|0|20|INCREASE|true"), text);
        assertTrue(text.contains(",'ordinary ' quote,"), text);

        given().contentType(CSV)
                .body(csv)
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("updated", equalTo(0));
        assertArrayEquals(csv, export("csv"));
        given().queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .body("items.find { it.code == 'F-01' }.title", equalTo("=HYPERLINK(\"http://x\",\"y\")"));
    }

    @Test
    void formulaCellsAreQuotedTextCellsInXlsxExportsAndImportBackUnchanged() throws Exception {
        given().contentType(CSV)
                .body(formulaFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200);
        byte[] xlsx = export("xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            Row first =
                    sheet.getRow(1).getCell(0).getStringCellValue().equals("F-01") ? sheet.getRow(1) : sheet.getRow(2);
            Cell title = first.getCell(header.indexOf("title"));
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("'=HYPERLINK(\"http://x\",\"y\")", title.getStringCellValue());
            assertEquals("'-2+3", first.getCell(header.indexOf("description")).getStringCellValue());
            assertTrue(first.getCell(header.indexOf("longitude"))
                    .getStringCellValue()
                    .startsWith("-118.55"));
        }
        given().contentType(XLSX)
                .body(xlsx)
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2));
        byte[] csv = export("csv");
        given().contentType(XLSX)
                .body(xlsx)
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200);
        assertArrayEquals(csv, export("csv"));
    }

    private byte[] export(String format) {
        return given().queryParam("format", format)
                .when()
                .get("/programmes/" + programmeId + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    @Test
    void changingATargetByImportNeedsAReason() {
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200);
        String changed = chineseFile().replace("canteens|长者食堂|个|0|20|", "canteens|长者食堂|个|0|25|");
        given().contentType(CSV)
                .body(changed.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(422)
                .body("errors[0].column", equalTo("indicators"))
                .body("errors[0].row", equalTo(2));
        given().contentType(CSV)
                .queryParam("reason", "年中调整")
                .body(changed.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        String id = given().queryParam("programmeId", programmeId)
                .queryParam("q", "长者食堂")
                .when()
                .get("/projects")
                .then()
                .extract()
                .path("items[0].id");
        given().when()
                .get("/projects/" + id + "/history")
                .then()
                .body("find { it.field == 'indicators.canteens.target' }.newValue", equalTo("25"))
                .body("find { it.field == 'indicators.canteens.target' }.reason", equalTo("年中调整"));
    }

    @Test
    void unreadableFilesAreRefused() {
        given().contentType(CSV)
                .body("name,other\nx,y\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(400)
                .body("detail", containsString("missing column code"));
        given().contentType(XLSX)
                .body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(400);
        given().contentType("application/pdf")
                .body(new byte[] {1, 2})
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(415);
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/00000000-0000-0000-0000-000000000000/import")
                .then()
                .statusCode(404);
    }

    @Test
    void oc4idsPackageMapsStatesDomainsAndParties() {
        given().contentType(CSV)
                .body(chineseFile().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200);
        given().when()
                .get("/programmes/" + programmeId + "/oc4ids")
                .then()
                .statusCode(200)
                .body("uri", equalTo("https://projects.example.gov.cn/api/v1/programmes/" + programmeId + "/oc4ids"))
                .body("version", equalTo("0.9"))
                .body("projects.size()", equalTo(2))
                .body("projects[0].id", containsString("oc4ids-civic-"))
                .body("projects[0].status", equalTo("implementation"))
                .body("projects[0].sector[0]", equalTo("socialProtection"))
                .body("projects[0].budget.amount.currency", equalTo("CNY"))
                .body("projects[0].budget.amount.amount", equalTo(1200000.00f))
                .body("projects[0].period.startDate", containsString("2022-01-01"))
                .body("projects[0].publicAuthority.id", equalTo(civil))
                .body("projects[0].parties.roles.flatten()", hasItem("administrativeEntity"))
                .body("projects[0].locations[0].gazetteer.identifiers[0]", equalTo(county))
                .body("projects[1].sector[0]", equalTo("health"));
    }

    private long projects() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from project where programme_id = cast(:id as uuid)")
                        .setParameter("id", programmeId)
                        .getSingleResult())
                .longValue();
    }
}
