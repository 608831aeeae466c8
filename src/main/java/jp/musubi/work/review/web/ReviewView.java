package jp.musubi.work.review.web;

import java.time.Instant;
import java.util.UUID;

import jp.musubi.work.review.Review;

/**
 * What one side of a finished contract said of the other, as the API shows it: 1 to 5 and
 * a comment. A member's profile lists them; a contract answers with the one just left.
 */
public record ReviewView(UUID id, int rating, String comment, Instant createdAt) {

	public static ReviewView of(Review review) {
		return new ReviewView(review.id(), review.rating(), review.comment(), review.createdAt());
	}

}
