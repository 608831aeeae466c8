package jp.musubi.insight.teleworkers;

import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Insight's part of a person's download: the weeks of telework the region's figures count
 * for them, as the work exchange reported them.
 */
@Component
class TeleworkerData implements PersonalDataPart {

	private final PersonalRows rows;

	TeleworkerData(JdbcClient jdbc) {
		this.rows = new PersonalRows(jdbc);
	}

	@Override
	public String name() {
		return "insight";
	}

	@Override
	public Map<String, Object> of(UUID person) {
		return Map.of("teleworkWeeks", this.rows.of(
				"SELECT id, contract_id, week_start, hours FROM insight_contract_week WHERE member_id = :person ORDER BY week_start",
				person));
	}

}
