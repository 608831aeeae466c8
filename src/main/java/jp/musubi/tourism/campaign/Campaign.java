package jp.musubi.tourism.campaign;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;

/**
 * A mail the agent sends to a segment's consenting guests at a set time, carrying a
 * redemption code: bookings made with the code are what the campaign brought in. It can
 * be changed or called off until it is sent.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "segment_id", nullable = false)
	private UUID segmentId;

	@Column(name = "redemption_code", nullable = false)
	private String redemptionCode;

	@Column(name = "send_at", nullable = false)
	private Instant sendAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CampaignStatus status;

	@Column(name = "job_id")
	private UUID jobId;

	@Column(name = "sent_count", nullable = false)
	private int sentCount;

	@Column(name = "left_out_count", nullable = false)
	private int leftOutCount;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_text", joinColumns = @JoinColumn(name = "campaign_id"))
	private Set<CampaignText> texts = new HashSet<>();

	@Version
	private long version;

	protected Campaign() {
	}

	Campaign(CampaignDraft draft, String redemptionCode, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.redemptionCode = redemptionCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = CampaignStatus.SCHEDULED;
		change(draft);
	}

	void change(CampaignDraft draft) {
		requireScheduled();
		this.name = draft.name().strip();
		this.segmentId = draft.segmentId();
		this.sendAt = draft.sendAt();
		this.texts.clear();
		draft.texts()
			.forEach((language, text) -> this.texts
				.add(new CampaignText(language.tag(), text.subject().strip(), text.body().strip())));
	}

	void scheduledAs(UUID jobId) {
		this.jobId = jobId;
	}

	void cancel() {
		requireScheduled();
		this.status = CampaignStatus.CANCELLED;
	}

	/** Records the mailing's outcome; a campaign called off meanwhile is not sent. */
	void sent(int sent, int leftOut, Instant now) {
		requireScheduled();
		this.status = CampaignStatus.SENT;
		this.sentCount = sent;
		this.leftOutCount = leftOut;
		this.sentAt = now;
	}

	private void requireScheduled() {
		if (this.status != CampaignStatus.SCHEDULED) {
			throw new NoLongerScheduled();
		}
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public UUID segmentId() {
		return this.segmentId;
	}

	public String redemptionCode() {
		return this.redemptionCode;
	}

	public Instant sendAt() {
		return this.sendAt;
	}

	public CampaignStatus status() {
		return this.status;
	}

	public boolean isScheduled() {
		return this.status == CampaignStatus.SCHEDULED;
	}

	public Optional<UUID> jobId() {
		return Optional.ofNullable(this.jobId);
	}

	public int sentCount() {
		return this.sentCount;
	}

	public int leftOutCount() {
		return this.leftOutCount;
	}

	public Optional<Instant> sentAt() {
		return Optional.ofNullable(this.sentAt);
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

	/** The mail in this language as written, if it was. */
	public Optional<CampaignText> textIn(Language language) {
		return this.texts.stream().filter((text) -> text.language().equals(language.tag())).findFirst();
	}

	/** The mail a guest reading this language gets: theirs, or the Japanese one. */
	public CampaignText textFor(Language language) {
		return textIn(language).or(() -> textIn(Language.JA)).orElseThrow();
	}

	/** The campaign was sent or cancelled already; nothing changed. */
	public static class NoLongerScheduled extends RuntimeException {

		NoLongerScheduled() {
			super("The campaign is no longer scheduled");
		}

	}

}
