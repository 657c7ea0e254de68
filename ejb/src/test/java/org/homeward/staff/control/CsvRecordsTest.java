package org.homeward.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void plainFieldsSplitAtCommasAndLinesAtLineBreaks() {
    assertThat(CsvRecords.parse("a,b,c\r\n1,,3\n"))
        .containsExactly(new CsvRecords.Line(1, List.of("a", "b", "c")), new CsvRecords.Line(2, List.of("1", "", "3")));
  }

  @Test
  void aQuotedFieldKeepsCommasLineBreaksAndDoubledQuotes() {
    List<CsvRecords.Line> lines = CsvRecords.parse("name,background\n\"Doe, Jane\",\"said \"\"yes\"\"\nthen left\"\nnext,row");

    assertThat(lines).extracting(CsvRecords.Line::fields)
        .containsExactly(List.of("name", "background"), List.of("Doe, Jane", "said \"yes\"\nthen left"), List.of("next", "row"));
    assertThat(lines).extracting(CsvRecords.Line::number).containsExactly(1, 2, 4);
  }

  @Test
  void blankLinesAndAByteOrderMarkAreSkippedButAnEmptyQuotedFieldIsARecord() {
    assertThat(CsvRecords.parse("\uFEFFa\n\n\"\"\n\n")).extracting(CsvRecords.Line::fields).containsExactly(List.of("a"), List.of(""));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsKept() {
    assertThat(CsvRecords.parse("5' 2\",x")).extracting(CsvRecords.Line::fields).containsExactly(List.of("5' 2\"", "x"));
  }

  @Test
  void anUnclosedQuoteOrTextAfterAClosingQuoteIsMalformed() {
    assertThatThrownBy(() -> CsvRecords.parse("a\n\"never closed,b\n")).isInstanceOf(CsvRecords.MalformedCsvException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> CsvRecords.parse("\"closed\"trailing,b")).isInstanceOf(CsvRecords.MalformedCsvException.class);
  }
}
