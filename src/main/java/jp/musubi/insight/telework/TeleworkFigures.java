package jp.musubi.insight.telework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The seed's national figures (SEED-EN.md sections 1 and 2): teleworkers as a share of
 * the employed population by country, from material of MLIT's 2003 Telework Promotion
 * Committee, and Japan's teleworkers now against the e-Japan Strategy II target. They are
 * history and do not change, so they live in code, not in a table.
 */
public final class TeleworkFigures {

	/**
	 * The national goal: teleworkers as 20 % of the employed population (by 2010). The
	 * region's own teleworkers are measured against it too.
	 */
	public static final BigDecimal GOAL_PERCENT = new BigDecimal("20");

	public static final List<CountryShare> SHARES = List.of(new CountryShare("japan", new BigDecimal("6.1")),
			new CountryShare("finland", new BigDecimal("10.8")), new CountryShare("netherlands", new BigDecimal("8.3")),
			new CountryShare("sweden", new BigDecimal("8.0")), new CountryShare("denmark", new BigDecimal("6.6")),
			new CountryShare("uk", new BigDecimal("4.8")), new CountryShare("eu", new BigDecimal("4.1")));

	/**
	 * Teleworkers in Japan then, in units of 10,000 people (万人), as the seed gives them.
	 */
	public static final int NOW_MAN = 408;

	/** The e-Japan Strategy II target, in units of 10,000 people. */
	public static final int TARGET_MAN = 1295;

	private TeleworkFigures() {
	}

	/**
	 * A country's teleworker share; the name comes from
	 * {@code insight.telework.country.<key>}.
	 */
	public record CountryShare(String key, BigDecimal percent) {

	}

}
