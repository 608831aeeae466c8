package jp.musubi.accounts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the rows a module keeps about a person for their {@link PersonalDataPart}: every
 * selected column under its name in camel case, dates as dates and moments as instants,
 * the same on H2 and PostgreSQL (which differ in the case of column names and in the Java
 * types of their timestamps). A part reads its own tables with SQL rather than through
 * its aggregates so that no column is left out by a getter nobody wrote.
 */
public final class PersonalRows {

	private final JdbcClient jdbc;

	public PersonalRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows the query finds, with {@code :person} bound to the account's id. */
	public List<Map<String, Object>> of(String sql, UUID person) {
		return of(sql, Map.of("person", person));
	}

	/** The rows the query finds with the named parameters bound. */
	public List<Map<String, Object>> of(String sql, Map<String, ?> parameters) {
		return this.jdbc.sql(sql).params(parameters).query(PersonalRows::row).list();
	}

	private static Map<String, Object> row(ResultSet rs, int number) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			row.put(camelCase(meta.getColumnLabel(column)), value(rs.getObject(column)));
		}
		return row;
	}

	private static Object value(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime moment) {
			return moment.toInstant();
		}
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof UUID || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value == null) {
			return value;
		}
		return value.toString();
	}

	static String camelCase(String label) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : label.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = !name.isEmpty();
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
