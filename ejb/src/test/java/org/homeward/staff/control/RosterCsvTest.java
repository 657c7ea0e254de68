package org.homeward.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

  private static final String HEADER = "name,role,qualifications,years_of_service,fte,contract_type,region,background\n";
  private static final Map<String, Qualification> KNOWN = Map.of(
      "REGISTERED_NURSE", new Qualification("REGISTERED_NURSE", "Registered nurse", 1),
      "PEER_SUPPORT", new Qualification("PEER_SUPPORT", "Peer support", 9));

  @Test
  void aGoodRowBecomesADraftWithItsQualifications() {
    List<RosterCsv.Row> rows = RosterCsv.read(HEADER + "\"Novak, Ivana\",nurse,REGISTERED_NURSE; peer_support,14,0.8,PERMANENT,North,\"Ward 3, nights\"\n", KNOWN);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.errors()).isEmpty();
      StaffMember draft = row.draft();
      assertThat(draft.getName()).isEqualTo("Novak, Ivana");
      assertThat(draft.getRole()).isEqualTo(StaffRole.NURSE);
      assertThat(draft.getQualifications()).extracting(Qualification::getCode).containsExactly("REGISTERED_NURSE", "PEER_SUPPORT");
      assertThat(draft.getYearsOfService()).isEqualTo(14);
      assertThat(draft.getFte()).isEqualByComparingTo(new BigDecimal("0.8"));
      assertThat(draft.getContractType()).isEqualTo(ContractType.PERMANENT);
      assertThat(draft.getBackground()).isEqualTo("Ward 3, nights");
    });
  }

  @Test
  void aBadRowNamesEveryBadColumn() {
    RosterCsv.Row row = RosterCsv.read(HEADER + "Someone,janitor,REGISTERED_NURSE;DIVER,many,half,FOREVER,,\n", KNOWN).get(0);

    assertThat(row.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("role", "qualifications", "years_of_service", "fte", "contract_type");
    assertThat(row.errors()).extracting(FieldError::message).contains("unknown qualification code: DIVER");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefusedWhole() {
    RosterCsv.Row row = RosterCsv.read(HEADER + "Only,NURSE\n", KNOWN).get(0);

    assertThat(row.errors()).extracting(FieldError::field).containsExactly("row");
    assertThat(row.draft().getName()).as("named in the report").isEqualTo("Only");
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
    RosterCsv.Row row = RosterCsv.read("FTE,name,role,years_of_service,contract_type\n0.5,Lea,PSYCHOLOGIST,3,FIXED_TERM", KNOWN).get(0);

    assertThat(row.errors()).isEmpty();
    assertThat(row.draft().getFte()).isEqualByComparingTo("0.5");
  }

  @Test
  void aFileWithoutTheHeaderOrNotCsvIsRefusedAsAWhole() {
    assertThatThrownBy(() -> RosterCsv.read("Ana,NURSE,,3,1.0,PERMANENT,,\n", KNOWN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RosterCsv.read("", KNOWN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RosterCsv.read(HEADER + "\"open", KNOWN)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bookkeepingNamesOfBeanValidationBecomeTheFilesColumnNames() {
    assertThat(RosterCsv.columnOf("yearsOfService")).isEqualTo("years_of_service");
    assertThat(RosterCsv.columnOf("contractType")).isEqualTo("contract_type");
  }
}
