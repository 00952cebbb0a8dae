package org.gongpei.planning.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvRecords csv = CsvRecords.split("\uFEFFcode,name\r\n1,\"王村, 东\"\n2,\"say \"\"hi\"\"\nthere\"\n");

        assertThat(csv.syntaxError()).isNull();
        assertThat(csv.records()).containsExactly(List.of("code", "name"), List.of("1", "王村, 东"),
                List.of("2", "say \"hi\"\nthere"));
    }

    @Test
    void keepsBlankLinesAsRecordsSoNumbersStayLineNumbers() {
        CsvRecords csv = CsvRecords.split("a\n\nb");

        assertThat(csv.records()).hasSize(3);
        assertThat(CsvRecords.blank(csv.records().get(1))).isTrue();
        assertThat(CsvRecords.blank(csv.records().get(2))).isFalse();
    }

    @Test
    void namesTheSyntaxErrorAndKeepsTheRecordsBeforeIt() {
        assertThat(CsvRecords.split("a,b\n1,x\"y\n").syntaxError()).isEqualTo("a quote inside an unquoted field");
        CsvRecords unclosed = CsvRecords.split("a,b\n1,\"open\n");
        assertThat(unclosed.syntaxError()).isEqualTo("a quoted field is not closed");
        assertThat(unclosed.records()).containsExactly(List.of("a", "b"));
    }
}
