package jp.musubi.work.review;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractStatus;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.profile.WorkProfiles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews after a contract is completed. The member reviews the client; someone of the
 * client reviews the member, whose profile's rating follows. Each side once.
 */
@Service
public class Reviews {

	public static final int COMMENT_LIMIT = 2000;

	private final ReviewRepository reviews;

	private final Contracts contracts;

	private final WorkProfiles profiles;

	private final WorkAccess access;

	private final Clock clock;

	Reviews(ReviewRepository reviews, Contracts contracts, WorkProfiles profiles, WorkAccess access, Clock clock) {
		this.reviews = reviews;
		this.contracts = contracts;
		this.profiles = profiles;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * @throws InputRefused when the comment is too long or holds a character that cannot
	 * be shown, the contract is not completed, the rating is out of range or this side
	 * reviewed already
	 */
	@Transactional
	public Review leave(CurrentUser reviewer, UUID contractId, int rating, String comment) {
		Contract contract = this.contracts.find(contractId);
		boolean byMember = contract.memberId().equals(reviewer.accountId());
		if (!byMember) {
			this.access.requireClientOf(reviewer, contract.clientOrganisationId());
		}
		String text = JapaneseText.normalizeToNull(comment);
		if (text != null && text.length() > COMMENT_LIMIT) {
			throw new InputRefused("comment", "work.review.error.comment");
		}
		UnusableCharacter.refuseIn("comment", comment);
		if (contract.status() != ContractStatus.COMPLETED) {
			throw new InputRefused("rating", "work.review.error.notCompleted");
		}
		if (rating < Review.MIN_RATING || rating > Review.MAX_RATING) {
			throw new InputRefused("rating", "work.review.error.rating");
		}
		boolean memberReviewed = !byMember;
		if (this.reviews.findByContractId(contractId)
			.stream()
			.anyMatch((review) -> review.revieweeIsMember() == memberReviewed)) {
			throw new InputRefused("rating", "work.review.error.twice");
		}
		Review review = this.reviews.save(new Review(contractId, reviewer.accountId(),
				memberReviewed ? contract.memberId() : contract.clientOrganisationId(), memberReviewed, rating, text,
				this.clock.instant()));
		if (memberReviewed) {
			this.profiles.rated(contract.memberId(), rating);
		}
		return review;
	}

	@Transactional(readOnly = true)
	public List<Review> ofContract(UUID contractId) {
		return this.reviews.findByContractId(contractId);
	}

	/** The reviews of a member or of a client organisation, newest first. */
	@Transactional(readOnly = true)
	public Page<Review> of(UUID reviewee, Pageable page) {
		return this.reviews.findByRevieweeIdOrderByCreatedAtDesc(reviewee, page);
	}

}
