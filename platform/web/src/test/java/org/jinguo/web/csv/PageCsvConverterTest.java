package org.jinguo.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageCsvConverterTest {

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(PageCsvConverter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(PageCsvConverter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(PageCsvConverter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void keepsSpreadsheetsFromRunningTextAsAFormula() {
        assertThat(PageCsvConverter.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(PageCsvConverter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PageCsvConverter.cell(-5)).isEqualTo("-5");
    }

    @Test
    void writesCollectionsEnumsAndNulls() {
        assertThat(PageCsvConverter.cell(List.of("GUSHAN", "FANGYAN"))).isEqualTo("GUSHAN;FANGYAN");
        assertThat(PageCsvConverter.cell(Thread.State.NEW)).isEqualTo("NEW");
        assertThat(PageCsvConverter.cell(null)).isEmpty();
        assertThat(PageCsvConverter.cell("永康")).isEqualTo("永康");
    }
}
