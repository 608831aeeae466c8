package jp.musubi.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database, written when something in them changes and not for each
 * request a signed-in person makes: Spring Session's filter sets the last access on every
 * request, which marks the session changed and costs an {@code UPDATE} of its row each
 * time. Here the last access moves only once it is a minute old, so a session may end up
 * to a minute before its eight hours of inactivity are up, and a person clicking through
 * pages writes one row a minute at most.
 */
class SparingSessions<S extends Session> implements FindByIndexNameSessionRepository<SparingSessions.Held<S>> {

	/** How old the recorded last access may grow before a request moves it. */
	static final Duration LAST_ACCESS_GRAIN = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	SparingSessions(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public Held<S> createSession() {
		return new Held<>(this.sessions.createSession());
	}

	@Override
	public void save(Held<S> session) {
		this.sessions.save(session.session);
	}

	@Override
	public Held<S> findById(String id) {
		S found = this.sessions.findById(id);
		return (found != null) ? new Held<>(found) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Held<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Held<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Held<>(session)));
		return found;
	}

	/** A session of the database whose last access moves a minute at a time. */
	static final class Held<S extends Session> implements Session {

		private final S session;

		private Held(S session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant recorded = this.session.getLastAccessedTime();
			if (recorded == null || !lastAccessedTime.isBefore(recorded.plus(LAST_ACCESS_GRAIN))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
