package dev.authyspring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A GitHub-flavoured Markdown table; numbers are right-aligned.
 */
public final class MarkdownTable {

	private final List<String> headers;

	private final boolean[] numeric;

	private final List<List<String>> rows = new ArrayList<>();

	/**
	 * Creates a table; a header that starts with {@code >} marks a right-aligned column.
	 * @param headers the column headers
	 */
	public MarkdownTable(String... headers) {
		this.headers = new ArrayList<>();
		this.numeric = new boolean[headers.length];
		for (int i = 0; i < headers.length; i++) {
			this.numeric[i] = headers[i].startsWith(">");
			this.headers.add(this.numeric[i] ? headers[i].substring(1) : headers[i]);
		}
	}

	/**
	 * Adds a row.
	 * @param cells one value per column
	 * @return this table
	 */
	public MarkdownTable row(Object... cells) {
		if (cells.length != this.headers.size()) {
			throw new IllegalArgumentException("expected " + this.headers.size() + " cells, got " + cells.length);
		}
		List<String> row = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			row.add(String.valueOf(cell).replace("|", "\\|"));
		}
		this.rows.add(row);
		return this;
	}

	public int size() {
		return this.rows.size();
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		out.append("| ").append(String.join(" | ", this.headers)).append(" |\n|");
		for (boolean right : this.numeric) {
			out.append(right ? " ---: |" : " --- |");
		}
		out.append('\n');
		for (List<String> row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		return out.toString();
	}

	/**
	 * Formats a number with a precision that suits its size: {@code 12345},
	 * {@code 123.4}, {@code 1.23}.
	 * @param value the number
	 * @return the text, or {@code n/a} for a negative or non-finite value
	 */
	public static String number(double value) {
		if (!Double.isFinite(value) || value < 0) {
			return "n/a";
		}
		if (value >= 1000) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (value >= 100) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/**
	 * Formats a ratio with two decimals.
	 * @param value the ratio
	 * @return the text, or {@code n/a}
	 */
	public static String ratio(double value) {
		return (Double.isFinite(value) && value >= 0) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
	}

}
