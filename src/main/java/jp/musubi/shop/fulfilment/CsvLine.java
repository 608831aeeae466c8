package jp.musubi.shop.fulfilment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a CSV file as RFC 4180 writes it: fields apart by commas, a field quoted
 * when it holds a comma, a quote or a line break, a quote inside doubled. B2's files hold
 * no line breaks inside a field, so a line is a record.
 */
final class CsvLine {

	private CsvLine() {
	}

	static String join(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quoted(fields.get(i)));
		}
		return line.toString();
	}

	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	/**
	 * The fields of the line, or empty when it is not CSV: a quote left open, or text
	 * after a closing quote.
	 */
	static Optional<List<String>> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (true) {
			if (i < line.length() && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= line.length()) {
						return Optional.empty();
					}
					char c = line.charAt(i++);
					if (c != '"') {
						field.append(c);
					}
					else if (i < line.length() && line.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else {
						break;
					}
				}
				if (i < line.length() && line.charAt(i) != ',') {
					return Optional.empty();
				}
			}
			else {
				while (i < line.length() && line.charAt(i) != ',') {
					char c = line.charAt(i++);
					if (c == '"') {
						return Optional.empty();
					}
					field.append(c);
				}
			}
			fields.add(field.toString());
			field.setLength(0);
			if (i >= line.length()) {
				return Optional.of(fields);
			}
			i++;
		}
	}

}
