package jp.musubi.platform.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds each search index from the database when the index is empty but its table is
 * not: on a new node, after the index folder was lost, after rows arrived by bulk SQL, or
 * when a module starts searching rows it already had (the shop's products). Changes made
 * through the application are indexed as they happen; this is for everything else. Each
 * index is judged on its own, so one that is whole is never rebuilt because another was
 * lost, and no two rebuilds of the same index run at once. It runs in the background, so
 * the node serves while it indexes.
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
		SearchMapping mapping = Search.mapping(this.entities);
		List<Class<?>> empty = new ArrayList<>();
		long rows = 0;
		try (EntityManager manager = this.entities.createEntityManager()) {
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				long entityRows = manager.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
				long documents = Search.session(manager)
					.search(entity.javaClass())
					.where((f) -> f.matchAll())
					.fetchTotalHitCount();
				if (entityRows > 0 && documents == 0) {
					empty.add(entity.javaClass());
					rows += entityRows;
				}
			}
		}
		if (empty.isEmpty()) {
			return;
		}
		log.info("The search indexes of {} are empty but the database holds {} of their rows; indexing them",
				empty.stream().map(Class::getSimpleName).toList(), rows);
		mapping.scope(empty)
			.massIndexer()
			// One segment per index: facets are counted per segment, so a freshly built
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
