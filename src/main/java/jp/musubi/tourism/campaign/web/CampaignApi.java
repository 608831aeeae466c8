package jp.musubi.tourism.campaign.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.campaign.Campaign;
import jp.musubi.tourism.campaign.CampaignDraft;
import jp.musubi.tourism.campaign.CampaignStatus;
import jp.musubi.tourism.campaign.Campaigns;
import jp.musubi.tourism.campaign.Segment;
import jp.musubi.tourism.campaign.SegmentCriteria;
import jp.musubi.tourism.campaign.SegmentSize;
import jp.musubi.tourism.campaign.Segments;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segments and campaigns through the API, for the agent's staff signed in (an
 * organisation's token cannot reach guests' data this way: 403). Refused input answers
 * 400 problem+json naming the field, as the pages do.
 */
@RestController
@Tag(name = "tourism")
class CampaignApi {

	private final Segments segments;

	private final Campaigns campaigns;

	CampaignApi(Segments segments, Campaigns campaigns) {
		this.segments = segments;
		this.campaigns = campaigns;
	}

	@GetMapping("/api/v1/tourism/segments")
	@Operation(summary = "The segments with how many guests each holds and how many a campaign may mail "
			+ "(agent staff)")
	List<SegmentView> segments(Authentication authentication) {
		return this.segments.all(staff(authentication))
			.stream()
			.map((segment) -> SegmentView.of(segment, this.segments.size(segment)))
			.toList();
	}

	@PostMapping("/api/v1/tourism/segments")
	@Operation(summary = "Create a segment; the answer holds its size (agent staff)")
	ResponseEntity<SegmentView> createSegment(@RequestBody NewSegment body, Authentication authentication) {
		Segment segment = this.segments.create(staff(authentication), body.name(), body.criteria());
		return ResponseEntity.created(URI.create("/api/v1/tourism/segments/" + segment.id()))
			.body(SegmentView.of(segment, this.segments.size(segment)));
	}

	@GetMapping("/api/v1/tourism/campaigns")
	@Operation(summary = "Campaigns, latest send time first (agent staff)")
	List<CampaignView> campaigns(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication authentication) {
		Page<Campaign> found = this.campaigns.page(staff(authentication),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
		return found.stream().map((campaign) -> CampaignView.of(campaign, null)).toList();
	}

	@PostMapping("/api/v1/tourism/campaigns")
	@Operation(summary = "Schedule a campaign: texts by language tag (ja required), sendAt an instant or "
			+ "absent for now; 400 when no guest of the segment consents to marketing mail (agent staff)")
	ResponseEntity<CampaignView> schedule(@RequestBody NewCampaign body, Authentication authentication) {
		Campaign campaign = this.campaigns.schedule(staff(authentication), body.draft());
		return ResponseEntity.created(URI.create("/api/v1/tourism/campaigns/" + campaign.id()))
			.body(CampaignView.of(campaign, null));
	}

	@GetMapping("/api/v1/tourism/campaigns/{id}")
	@Operation(summary = "One campaign with its counts and the bookings made with its code (agent staff)")
	CampaignView campaign(@PathVariable UUID id, Authentication authentication) {
		Campaign campaign = this.campaigns.find(staff(authentication), id);
		return CampaignView.of(campaign, this.campaigns.redemptions(campaign, Language.JA));
	}

	private static CurrentUser staff(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		throw new TourismAccess.Refused("Only the agent's staff, signed in, may do this");
	}

	/** A segment to create; every criterion may be left out. */
	record NewSegment(String name, Set<TargetArea> areas, Set<String> languages, Set<UUID> programmes,
			Integer minVisits, LocalDate lastVisitAfter, LocalDate lastVisitBefore, Integer minScore, Integer maxScore,
			Set<Interest> interests) {

		SegmentCriteria criteria() {
			Set<Language> spoken = new HashSet<>();
			if (this.languages != null) {
				for (String tag : this.languages) {
					spoken.add(Language.fromTag(tag)
						.orElseThrow(() -> new InputRefused("languages", "tourism.segment.error.language")));
				}
			}
			return new SegmentCriteria(this.areas, spoken, this.programmes, this.minVisits, this.lastVisitAfter,
					this.lastVisitBefore, this.minScore, this.maxScore, this.interests);
		}

	}

	/** A campaign to schedule. */
	record NewCampaign(String name, UUID segmentId, Map<String, Text> texts, Instant sendAt) {

		CampaignDraft draft() {
			Map<Language, CampaignDraft.Text> byLanguage = new EnumMap<>(Language.class);
			if (this.texts != null) {
				this.texts.forEach((tag, text) -> byLanguage.put(
						Language.fromTag(tag)
							.orElseThrow(() -> new InputRefused("texts", "tourism.campaign.error.language")),
						new CampaignDraft.Text(text.subject(), text.body())));
			}
			return new CampaignDraft(this.name, this.segmentId, byLanguage, this.sendAt);
		}

		record Text(String subject, String body) {

		}

	}

	record SegmentView(UUID id, String name, SegmentCriteria criteria, int matching, int consenting, int leftOut) {

		static SegmentView of(Segment segment, SegmentSize size) {
			return new SegmentView(segment.id(), segment.name(), segment.criteria(), size.matching(), size.consenting(),
					size.leftOut());
		}

	}

	record CampaignView(UUID id, String name, UUID segmentId, String redemptionCode, CampaignStatus status,
			Instant sendAt, Instant sentAt, int sent, int leftOut, List<RedemptionView> bookings, Long bookingsTotal) {

		static CampaignView of(Campaign campaign, Campaigns.Redemptions redemptions) {
			return new CampaignView(campaign.id(), campaign.name(), campaign.segmentId(), campaign.redemptionCode(),
					campaign.status(), campaign.sendAt(), campaign.sentAt().orElse(null), campaign.sentCount(),
					campaign.leftOutCount(),
					(redemptions != null) ? redemptions.bookings().stream().map(RedemptionView::of).toList() : null,
					(redemptions != null) ? redemptions.total().amount() : null);
		}

	}

	record RedemptionView(String bookingNumber, String programme, int partySize, long price, String status,
			Instant bookedAt) {

		static RedemptionView of(Campaigns.Redemption redemption) {
			return new RedemptionView(redemption.bookingNumber(), redemption.programmeName(), redemption.partySize(),
					redemption.price().amount(), redemption.status().name(), redemption.bookedAt());
		}

	}

}
