package jp.musubi.work.search;

import jakarta.persistence.EntityManager;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.profile.WorkProfile;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and the agent searching members by what they can do: skill names and the
 * members' own words, in Japanese analysis, narrowed by prefecture and available hours,
 * best rated first.
 */
@Service
public class MemberSearch {

	private final EntityManager entities;

	private final WorkAccess access;

	MemberSearch(EntityManager entities, WorkAccess access) {
		this.entities = entities;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Page<WorkProfile> search(CurrentUser searcher, String words, Prefecture prefecture, Integer minHours,
			Pageable page) {
		if (!this.access.isAgentStaff(searcher) && this.access.clientOrganisations(searcher).isEmpty()) {
			throw new WorkAccess.Refused("Only clients and the agent search members");
		}
		String text = JapaneseText.normalizeToNull(words);
		SearchResult<WorkProfile> result = Search.session(this.entities).search(WorkProfile.class).where((f, root) -> {
			root.add(f.matchAll());
			if (text != null) {
				root.add(f.simpleQueryString()
					.field("skills.skill.name")
					.boost(2.0f)
					.field("skills.skill.nameEn")
					.field("introduction")
					.matching(text)
					.defaultOperator(BooleanOperator.AND));
			}
			if (prefecture != null) {
				root.add(f.match().field("prefecture").matching(prefecture.code()));
			}
			if (minHours != null && minHours > 0) {
				root.add(f.range().field("hoursPerWeek").atLeast(minHours));
			}
		})
			.sort((f) -> (text != null) ? f.score().then().field("rating").desc()
					: f.field("rating").desc().then().field("finishedContracts").desc())
			.fetch((int) page.getOffset(), page.getPageSize());
		return new PageImpl<>(result.hits(), page, result.total().hitCount());
	}

}
