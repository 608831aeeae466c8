package jp.musubi.accounts.organisation;

import jp.musubi.accounts.ListedAgent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only views of organisations for the module's public services. */
public interface OrganisationQueries extends Repository<Organisation, java.util.UUID> {

	@Query(value = """
			select o from Organisation o
			where o.type = jp.musubi.accounts.OrganisationType.AGENT and o.listed = true
			and (:prefecture is null or o.prefecture = :prefecture)
			and (:words is null or o.searchText like :words escape '\\')
			order by o.prefecture nulls last, o.name""")
	Page<Organisation> listedAgentOrganisations(@Param("words") String words, @Param("prefecture") String prefecture,
			Pageable page);

	default Page<ListedAgent> listedAgents(String words, String prefecture, Pageable page) {
		return listedAgentOrganisations(words, prefecture, page)
			.map((organisation) -> new ListedAgent(organisation.id(), organisation.name(), organisation.nameLatin(),
					organisation.prefecture(), organisation.description(), organisation.website()));
	}

}
