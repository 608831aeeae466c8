package jp.musubi.accounts;

import java.util.Locale;

import jp.musubi.accounts.organisation.OrganisationQueries;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of support agents: organisations of type agent that chose to be
 * listed. Words are matched after NFKC and lower-casing, so ＳＯＨＯ, SOHO and soho find the
 * same agents.
 */
@Service
public class AgentDirectory {

	private final OrganisationQueries organisations;

	AgentDirectory(OrganisationQueries organisations) {
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public Page<ListedAgent> search(String words, Prefecture prefecture, Pageable page) {
		String normalized = JapaneseText.normalizeToNull(words);
		String pattern = (normalized == null) ? null : "%"
				+ normalized.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return this.organisations.listedAgents(pattern, (prefecture != null) ? prefecture.code() : null, page);
	}

}
