package jp.musubi.work.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the search index from the database when it is empty but the database is not: on
 * a new node, after the index folder was lost, or after rows arrived by bulk SQL. Changes
 * made through the application are indexed as they happen; this is for everything else.
 * It runs in the background, so the node serves while it indexes.
 */
@Component
class SearchIndexStart {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStart.class);

	private final EntityManagerFactory entities;

	SearchIndexStart(EntityManagerFactory entities) {
		this.entities = entities;
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexIfEmpty() {
		try (EntityManager manager = this.entities.createEntityManager()) {
			long rows = manager.createQuery("select count(r) from WorkRequest r", Long.class).getSingleResult()
					+ manager.createQuery("select count(p) from WorkProfile p", Long.class).getSingleResult();
			long documents = Search.session(manager)
				.search(Object.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			if (rows > 0 && documents == 0) {
				log.info("The search index is empty but the database holds {} requests and profiles; indexing them",
						rows);
				Search.mapping(this.entities)
					.scope(Object.class)
					.massIndexer()
					// One segment per index: facets are counted per segment, so a freshly
					// built
					// index answers fastest merged.
					.mergeSegmentsOnFinish(true)
					.start()
					.whenComplete((done, failure) -> {
						if (failure != null) {
							log.error("Indexing failed", failure);
						}
						else {
							log.info("Indexing finished");
						}
					});
			}
		}
	}

}
