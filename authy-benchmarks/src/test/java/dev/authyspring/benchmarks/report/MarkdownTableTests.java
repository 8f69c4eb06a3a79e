package dev.authyspring.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarkdownTableTests {

	@Test
	void rightAlignsNumericColumnsAndEscapesPipes() {
		MarkdownTable table = new MarkdownTable("name", ">value").row("a|b", 1);
		assertThat(table).hasToString("| name | value |\n| --- | ---: |\n| a\\|b | 1 |\n");
	}

	@Test
	void rejectsRowsOfTheWrongWidth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MarkdownTable("a", "b").row("only one"));
	}

	@Test
	void formatsNumbersByMagnitude() {
		assertThat(MarkdownTable.number(12345.6)).isEqualTo("12,346");
		assertThat(MarkdownTable.number(123.45)).isEqualTo("123.5");
		assertThat(MarkdownTable.number(1.234)).isEqualTo("1.23");
		assertThat(MarkdownTable.number(-1)).isEqualTo("n/a");
		assertThat(MarkdownTable.ratio(Double.NaN)).isEqualTo("n/a");
	}

}
