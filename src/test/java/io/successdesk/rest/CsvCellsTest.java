package io.successdesk.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void shouldTurnWhatASpreadsheetWouldRunIntoText() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(CsvCells.safe("+1")).isEqualTo("'+1");
        assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.safe("'quoted")).as("a leading quote survives the round trip").isEqualTo("''quoted");
        assertThat(CsvCells.safe("key=ACME")).isEqualTo("key=ACME");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }
}
