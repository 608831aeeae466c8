package jp.musubi.support;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.support.Fixtures.TestUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What the erasure tests share: erasing an account as its owner does, and looking for a
 * person's words in every table of the schema.
 */
public final class ErasureChecks {

	private ErasureChecks() {
	}

	/** Erases the account through the erase page, ticked and with the password. */
	public static void erase(MockMvc mvc, Fixtures fixtures, TestUser user) {
		try {
			mvc.perform(post("/account/erase").with(csrf())
				.with(fixtures.signedIn(user))
				.param("understood", "true")
				.param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every text or binary column of every table of the schema that holds the words, as
	 * {@code table.column}.
	 */
	public static List<String> tablesHolding(JdbcClient jdbc, String words) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = jdbc
			.sql("""
					SELECT table_name, column_name, data_type FROM information_schema.columns
					WHERE table_schema = current_schema() AND data_type IN ('character varying', 'text', 'character', 'bytea')""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		for (String[] column : columns) {
			String holds = column[2].equals("bytea")
					? "position(convert_to(:words, 'UTF8') in \"" + column[1] + "\") > 0"
					: "strpos(\"" + column[1] + "\", :words) > 0";
			long rows = jdbc.sql("SELECT count(*) FROM \"" + column[0] + "\" WHERE " + holds)
				.param("words", words)
				.query(Long.class)
				.single();
			if (rows > 0) {
				found.add(column[0] + "." + column[1]);
			}
		}
		return found;
	}

}
