package jp.musubi.tourism.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's programmes: composed, changed and published by its staff, browsed by
 * guests.
 */
@Service
public class Programmes {

	private final ProgrammeRepository programmes;

	private final Clock clock;

	Programmes(ProgrammeRepository programmes, Clock clock) {
		this.programmes = programmes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Programme> find(UUID programmeId) {
		return this.programmes.findById(programmeId);
	}

	/** A programme a guest may see: published. */
	@Transactional(readOnly = true)
	public Optional<Programme> findPublished(UUID programmeId) {
		return this.programmes.findById(programmeId).filter(Programme::isPublished);
	}

	@Transactional(readOnly = true)
	public Page<Programme> published(Pageable pageable) {
		return this.programmes.findByPublishedTrueOrderByCode(pageable);
	}

	@Transactional(readOnly = true)
	public List<Programme> all() {
		return this.programmes.findAllByOrderByCode();
	}

	/**
	 * @throws CodeTaken when another programme has this code
	 */
	@Transactional
	public Programme compose(ProgrammeTerms terms, UUID staffId) {
		if (this.programmes.existsByCode(terms.code())) {
			throw new CodeTaken(terms.code());
		}
		return this.programmes.save(new Programme(terms, staffId, this.clock.instant()));
	}

	/**
	 * Changes a programme; bookings already made keep what they took. A programme that
	 * loses a language's text or its last component is no longer published.
	 * @throws CodeTaken when another programme has this code
	 */
	@Transactional
	public Programme change(UUID programmeId, ProgrammeTerms terms) {
		if (this.programmes.existsByCodeAndIdNot(terms.code(), programmeId)) {
			throw new CodeTaken(terms.code());
		}
		Programme programme = this.programmes.findById(programmeId).orElseThrow();
		programme.change(terms, this.clock.instant());
		return programme;
	}

	/**
	 * @throws IllegalStateException when publishing a programme without every language's
	 * text or without a component
	 */
	@Transactional
	public Programme publish(UUID programmeId, boolean published) {
		Programme programme = this.programmes.findById(programmeId).orElseThrow();
		programme.publish(published, this.clock.instant());
		return programme;
	}

	/** Another programme already has this code. */
	public static class CodeTaken extends RuntimeException {

		CodeTaken(String code) {
			super("Programme code taken: " + code);
		}

	}

}
