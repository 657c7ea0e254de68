package org.homeward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The indicators leave Homeward as CSV, XLSX and a DHIS2 data value set, with the same suppression as on screen. */
class IndicatorExportsIT {

  @Test
  void theCsvHasOneLinePerIndicatorAreaAndCategoryWithTheCountsAsPublished() {
    String csv = Api.as("ministry").accept("text/csv").queryParam("period", "2026").queryParam("breakdown", "SEX").get("/api/indicators/export.csv").then()
        .statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("indicator,period,asOf,area,institutionId,breakdown,category,numerator,denominator,rate");
    assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(10));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("AGREED_PLAN,2026,").contains(",North,", ",SEX,FEMALE,"));
    assertThat(lines.stream().skip(1).map(line -> line.split(",", -1)[7]))
        .allSatisfy(count -> assertThat(count).satisfiesAnyOf(c -> assertThat(c).isIn("<5", "x", "0"), c -> assertThat(Long.parseLong(c)).isGreaterThanOrEqualTo(5),
            c -> assertThat(c).matches("\\d+")));
  }

  @Test
  void theWorkbookOpensWithAHeaderAndTheIndicatorsByName() throws Exception {
    byte[] xlsx = Api.as("ministry").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get("/api/indicators/export.xlsx").then().statusCode(200).extract().asByteArray();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicator");
      assertThat(sheet.getLastRowNum()).isGreaterThan(18);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Institutions");
    }
  }

  @Test
  void theDhis2DataValueSetMatchesItsSchemaAndNamesOrgUnitsByCode() throws Exception {
    String json = Api.as("ministry").queryParam("period", "2026Q3").queryParam("region", "North").get("/api/indicators/dhis2/dataValueSets")
        .then().statusCode(200).header("Homeward-Withheld-Values", org.hamcrest.Matchers.matchesPattern("\\d+"))
        .extract().asString();
    try (InputStream schemaFile = getClass().getResourceAsStream("/dhis2/dataValueSets.schema.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaFile);
      Set<ValidationMessage> problems = schema.validate(json, com.networknt.schema.InputFormat.JSON);
      assertThat(problems).isEmpty();
    }
    JsonPath set = JsonPath.from(json);
    assertThat(set.getString("period")).isEqualTo("2026Q3");
    assertThat(set.getList("dataValues.orgUnit", String.class)).contains("PH-N01");
    assertThat(set.getList("dataValues.dataElement", String.class)).contains("HW_INSTITUTIONS_N");
    assertThat(json).doesNotContain("<5", "\"x\"", "Ana Kovac");
  }

  @Test
  void anAdministratorMapsADataElementToTheCountrysCodeAndBadCodesAreRefused() {
    JsonPath mapping = Api.as("ministry").get("/api/indicators/dhis2/mapping").then().statusCode(200)
        .body("indicator", hasItem("AGREED_PLAN")).extract().jsonPath();
    Map<String, Object> line = mapping.getMap("find { it.indicator == 'ADVANCE_DIRECTIVE' && it.part == 'NUMERATOR' }");
    Object id = line.get("id");
    Api.as("ministry").contentType("application/json").body(Map.of("version", line.get("version"), "dataElement", "AD_N"))
        .put("/api/indicators/dhis2/mapping/{id}", id).then().statusCode(403);
    Api.as("admin").contentType("application/json").body(Map.of("version", line.get("version"), "dataElement", "bad code!"))
        .put("/api/indicators/dhis2/mapping/{id}", id).then().statusCode(400).body("errors.field", hasItem("dataElement"));
    Api.as("admin").contentType("application/json").body(Map.of("version", line.get("version"), "dataElement", "ADV_DIR_N", "categoryOptionCombo", " "))
        .put("/api/indicators/dhis2/mapping/{id}", id).then().statusCode(200).body("categoryOptionCombo", nullValue());
    Api.as("admin").contentType("application/json").body(Map.of("version", line.get("version"), "dataElement", "OTHER_N"))
        .put("/api/indicators/dhis2/mapping/{id}", id).then().statusCode(409);
    assertThat(Api.as("ministry").get("/api/indicators/dhis2/dataValueSets").then().statusCode(200).extract().asString()).contains("ADV_DIR_N");
  }

  @Test
  void progressReportsArePdfsForTheCountryARegionAndAnInstitutionInScope() {
    for (var request : List.of(Api.as("ministry"), Api.as("ministry").queryParam("region", "North"),
        Api.as("ministry").queryParam("institution", org.homeward.institution.InstitutionsApi.idOf("PH-N01")),
        Api.as("committee.south").queryParam("institution", org.homeward.institution.InstitutionsApi.idOf("CI-S01")))) {
      byte[] pdf = request.accept("application/pdf").get("/api/monitoring/report.pdf").then().statusCode(200).contentType("application/pdf")
          .extract().asByteArray();
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
    Api.as("committee.south").accept("application/pdf").queryParam("institution", org.homeward.institution.InstitutionsApi.idOf("PH-N01"))
        .get("/api/monitoring/report.pdf").then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
    Api.as("focal.north").accept("application/pdf").get("/api/monitoring/report.pdf").then().statusCode(403);
  }
}
