package jp.musubi.tourism.campaign;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agent's staff name segments of the region's guests and see how many each holds. */
@Service
public class Segments {

	static final int NAME_LENGTH = 120;

	private final SegmentRepository segments;

	private final GuestMatching matching;

	private final TourismAccess access;

	private final Clock clock;

	Segments(SegmentRepository segments, GuestMatching matching, TourismAccess access, Clock clock) {
		this.segments = segments;
		this.matching = matching;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public Segment create(CurrentUser staff, String name, SegmentCriteria criteria) {
		this.access.requireAgentStaff(staff);
		return this.segments.save(new Segment(checkedName(name), criteria, staff.accountId(), this.clock.instant()));
	}

	@Transactional
	public Segment change(CurrentUser staff, UUID segmentId, String name, SegmentCriteria criteria) {
		Segment segment = find(staff, segmentId);
		segment.change(checkedName(name), criteria, this.clock.instant());
		return segment;
	}

	@Transactional(readOnly = true)
	public Segment find(CurrentUser staff, UUID segmentId) {
		this.access.requireAgentStaff(staff);
		return this.segments.findById(segmentId).orElseThrow(() -> new NotFound("segment", segmentId));
	}

	@Transactional(readOnly = true)
	public List<Segment> all(CurrentUser staff) {
		this.access.requireAgentStaff(staff);
		return this.segments.findAllByOrderByNameAsc();
	}

	/** How many guests match now, and how many of them a campaign may mail. */
	@Transactional(readOnly = true)
	public SegmentSize size(Segment segment) {
		return this.matching.size(segment.criteria());
	}

	/** The guests that match the criteria now, oldest guest first. */
	@Transactional(readOnly = true)
	public List<UUID> matchingGuests(SegmentCriteria criteria) {
		return this.matching.guests(criteria).stream().map(GuestMatching.MatchedGuest::guestId).toList();
	}

	private static String checkedName(String name) {
		if (name == null || name.isBlank()) {
			throw new InputRefused("name", "tourism.segment.error.name");
		}
		if (name.strip().length() > NAME_LENGTH) {
			throw new InputRefused("name", "tourism.segment.error.nameLength");
		}
		UnusableCharacter.refuseIn("name", name);
		return name.strip();
	}

}
