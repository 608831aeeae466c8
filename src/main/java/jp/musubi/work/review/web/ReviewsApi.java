package jp.musubi.work.review.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.work.request.web.Caller;
import jp.musubi.work.request.web.WorkApi;
import jp.musubi.work.review.Review;
import jp.musubi.work.review.Reviews;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each side of a completed contract reviews the other through the API, as on its page.
 */
@RestController
@WorkApi
@Tag(name = "work")
class ReviewsApi {

	private final Reviews reviews;

	ReviewsApi(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/api/v1/work/contracts/{id}/reviews")
	@Operation(summary = "Review the other side once the contract is completed, 1 to 5 and a comment: the member, "
			+ "or someone of the client, in person; each side once (400 problem+json when refused)")
	ResponseEntity<ReviewView> review(@PathVariable UUID id, @RequestBody NewReview body,
			Authentication authentication) {
		Review review = this.reviews.leave(Caller.person(authentication), id,
				(body.rating() != null) ? body.rating() : 0, body.comment());
		return ResponseEntity.status(HttpStatus.CREATED).body(ReviewView.of(review));
	}

	/** A review: a rating from 1 to 5 and, if the reviewer likes, a comment. */
	record NewReview(Integer rating, String comment) {

	}

}
