package jp.musubi.tourism.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A programme's name and summary in one language. */
@Embeddable
public record ProgrammeText(@Column(nullable = false) String language, @Column(nullable = false) String name,
		@Column(nullable = false) String summary) {

}
