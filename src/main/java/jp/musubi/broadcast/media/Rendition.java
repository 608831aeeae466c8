package jp.musubi.broadcast.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One quality of a video's ladder, such as 720p, and its playlist in the media folder.
 */
@Embeddable
public record Rendition(@Column(nullable = false) String name, @Column(nullable = false) int width,
		@Column(nullable = false) int height, @Column(nullable = false) int bandwidth,
		@Column(nullable = false) String playlist) {

}
