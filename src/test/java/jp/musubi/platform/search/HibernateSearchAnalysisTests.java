package jp.musubi.platform.search;

import java.util.List;
import java.util.Properties;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate Search, configured by the search settings of {@code application.yaml}, finds
 * the {@value JapaneseAnalysis#ANALYZER} analyzer and the
 * {@value JapaneseAnalysis#SORT_NORMALIZER} normalizer that indexed fields name. Starting
 * the application proves nothing while no entity is indexed: Hibernate Search then starts
 * no backend and never reads the analysis configurer. So this boots Hibernate ORM on an
 * in-memory H2 with one test-only indexed type.
 */
class HibernateSearchAnalysisTests {

	private static final String SEARCH_SETTINGS = "spring.jpa.properties.";

	private static SessionFactory sessions;

	@BeforeAll
	static void startHibernateSearch() {
		Properties application = applicationYaml();
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting("hibernate.connection.url", "jdbc:h2:mem:search-analysis;DB_CLOSE_DELAY=-1")
			.applySetting("hibernate.hbm2ddl.auto", "create-drop")
			.applySetting("hibernate.search.backend.directory.type", "local-heap")
			.applySetting("hibernate.search.indexing.plan.synchronization.strategy", "sync")
			.applySetting("hibernate.search.backend.lucene_version",
					application.getProperty(SEARCH_SETTINGS + "hibernate.search.backend.lucene_version"))
			.applySetting("hibernate.search.backend.analysis.configurer",
					application.getProperty(SEARCH_SETTINGS + "hibernate.search.backend.analysis.configurer"))
			.build();
		sessions = new MetadataSources(registry).addResource("jp/musubi/platform/search/notice.orm.xml")
			.buildMetadata()
			.buildSessionFactory();
		sessions.inTransaction((session) -> {
			session.persist(new Notice(1L, "在宅ワークのデータ入力作業", "ＳＯＨＯ支援センター"));
			session.persist(new Notice(2L, "町役場ホームページのウェブデザイン", "企画課"));
			session.persist(new Notice(3L, "温泉街のミニ湯治体験モニター", "観光協会"));
		});
	}

	@AfterAll
	static void stopHibernateSearch() {
		sessions.close();
	}

	@Test
	void titlesAreFoundByTheWordsPeopleType() {
		assertThat(titlesMatching("データ入力")).containsExactly(1L);
		assertThat(titlesMatching("ウエブデザイン")).containsExactly(2L);
		assertThat(titlesMatching("湯治")).containsExactly(3L);
		assertThat(titlesMatching("の")).isEmpty();
	}

	@Test
	void publishersMatchWhateverWidthAndCaseTheyAreTypedIn() {
		List<Long> found = sessions.fromSession((session) -> Search.session(session)
			.search(Notice.class)
			.where((f) -> f.match().field("publisher").matching("soho支援センター"))
			.fetchHits(10)
			.stream()
			.map(Notice::id)
			.toList());
		assertThat(found).containsExactly(1L);
	}

	private static List<Long> titlesMatching(String typed) {
		return sessions.fromSession((session) -> Search.session(session)
			.search(Notice.class)
			.where((f) -> f.simpleQueryString().field("title").matching(typed).defaultOperator(BooleanOperator.AND))
			.fetchHits(10)
			.stream()
			.map(Notice::id)
			.toList());
	}

	private static Properties applicationYaml() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		return yaml.getObject();
	}

}
