package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.CoercionKind;
import org.junit.jupiter.api.Test;

class WardBookCsvTest {

  private static final String HEADER = "started_at,ended_at,category,restraint_type,unit,resident,authorised_by,reason,de_escalation_tried\n";

  @Test
  void eachRowGivesItsFactsAndTheUnitAndPersonItNames() {
    List<WardBookCsv.Row> rows = WardBookCsv.read(HEADER
        + "2026-03-31 23:10,2026-04-01 01:40,restraint,mechanical,Ward B,NR-7,\"Dr Petrova, on call\",\"Shouted, \"\"threatened\"\"\",no\n"
        + "2026-03-14T09:00,,FORCED_MEDICATION,,,,Dr Ilic,Refused injection,yes\n");

    WardBookCsv.Row first = rows.get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.errors()).isEmpty();
    assertThat(first.draft().kind()).isEqualTo(CoercionKind.MECHANICAL_RESTRAINT);
    assertThat(first.draft().getDurationMinutes()).isEqualTo(150);
    assertThat(first.unit()).isEqualTo("Ward B");
    assertThat(first.resident()).isEqualTo("NR-7");
    assertThat(first.draft().getReason()).isEqualTo("Shouted, \"threatened\"");
    assertThat(rows.get(1).draft().getStartedAt()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 0));
    assertThat(rows.get(1).draft().getDeEscalationTried()).isTrue();
  }

  @Test
  void everyBadFieldIsNamedByItsColumn() {
    List<WardBookCsv.Row> rows = WardBookCsv.read(HEADER
        + "14/03/2026,,cage,,,,x,y,perhaps\n"
        + "2026-03-14 09:00,x\n");

    assertThat(rows.get(0).errors()).extracting(FieldError::field).containsExactly("started_at", "category", "de_escalation_tried");
    assertThat(rows.get(1).errors()).extracting(FieldError::field).containsExactly("row");
    assertThat(WardBookCsv.columnOf("restraintType")).isEqualTo("restraint_type");
  }

  @Test
  void aFileWithoutItsHeaderIsRefusedWhole() {
    assertThatThrownBy(() -> WardBookCsv.read("when,what\n1,2\n")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> WardBookCsv.read("")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> WardBookCsv.read(HEADER + "\"never closed\n")).isInstanceOf(InvalidInputException.class);
  }
}
