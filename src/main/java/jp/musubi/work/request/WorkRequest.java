package jp.musubi.work.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.search.JapaneseAnalysis;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.skill.Skill;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A work request (案件) a client orders through the agent. Nobody but the client and the
 * agent sees it until the agent has reviewed and published it; once a proposal is
 * accepted it is contracted and no second contract can follow.
 */
@Entity
@Table(name = "work_request")
@Indexed(index = "work_request")
public class WorkRequest {

	@Id
	private UUID id;

	@KeywordField(name = "client")
	@Column(name = "client_organisation_id", nullable = false)
	private UUID clientOrganisationId;

	// The account of the person who posted it, or the API token when a client's system
	// did.
	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@FullTextField(analyzer = JapaneseAnalysis.ANALYZER)
	@Column(nullable = false)
	private String title;

	@FullTextField(analyzer = JapaneseAnalysis.ANALYZER)
	@Column(nullable = false)
	private String description;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkCategory category;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Pricing pricing;

	@GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES,
			valueBridge = @ValueBridgeRef(type = YenBridge.class))
	@Column(nullable = false)
	private Yen budget;

	@Column(name = "hourly_rate")
	private Yen hourlyRate;

	@Column(name = "estimated_hours")
	private Integer estimatedHours;

	@GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
	@Column(nullable = false)
	private LocalDate deadline;

	@GenericField(aggregable = Aggregable.YES)
	@Column(nullable = false)
	private boolean remote;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "location_prefecture")
	private String locationPrefecture;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "published_at")
	private Instant publishedAt;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "work_request_skill", joinColumns = @JoinColumn(name = "request_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	// The vocabulary changes only by migration (after which a mass reindex runs), never
	// in use.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@IndexedEmbedded(includePaths = { "id", "name", "nameEn" })
	private Set<Skill> skills = new HashSet<>();

	@Version
	private long version;

	protected WorkRequest() {
	}

	private WorkRequest(UUID clientOrganisationId, UUID createdBy, RequestDetails details, Clock clock) {
		this.id = UUID.randomUUID();
		this.clientOrganisationId = clientOrganisationId;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
		apply(details);
		this.status = RequestStatus.SUBMITTED;
		this.submittedAt = this.createdAt;
	}

	/** A client's new request; it goes to the agent for review. */
	public static WorkRequest post(UUID clientOrganisationId, UUID createdBy, RequestDetails details, Clock clock) {
		return new WorkRequest(clientOrganisationId, createdBy, details.validated(clock), clock);
	}

	/** The client changes the request; it goes (back) to the agent. */
	public void revise(RequestDetails details, Clock clock) {
		require(this.status == RequestStatus.SUBMITTED || this.status == RequestStatus.RETURNED);
		apply(details.validated(clock));
		this.status = RequestStatus.SUBMITTED;
		this.submittedAt = clock.instant();
		this.returnReason = null;
	}

	/** The agent corrects the request while reviewing it, before publishing. */
	public void edit(RequestDetails details, Clock clock) {
		require(this.status == RequestStatus.SUBMITTED);
		apply(details.validated(clock));
	}

	public void returnToClient(String reason, Clock clock) {
		require(this.status == RequestStatus.SUBMITTED);
		this.status = RequestStatus.RETURNED;
		this.returnReason = reason;
	}

	public void publish(Clock clock) {
		require(this.status == RequestStatus.SUBMITTED);
		this.status = RequestStatus.PUBLISHED;
		this.publishedAt = clock.instant();
	}

	public void withdraw() {
		require(this.status == RequestStatus.SUBMITTED || this.status == RequestStatus.RETURNED
				|| this.status == RequestStatus.PUBLISHED);
		this.status = RequestStatus.WITHDRAWN;
	}

	/** A proposal was accepted; from now on nobody else can be. */
	public void contracted() {
		if (this.status != RequestStatus.PUBLISHED) {
			throw new NotOpen();
		}
		this.status = RequestStatus.CONTRACTED;
	}

	public void completed() {
		require(this.status == RequestStatus.CONTRACTED);
		this.status = RequestStatus.COMPLETED;
	}

	public boolean isOpen() {
		return this.status == RequestStatus.PUBLISHED;
	}

	private void apply(RequestDetails details) {
		this.title = details.title();
		this.description = details.description();
		this.category = details.category();
		this.pricing = details.pricing();
		this.budget = details.budget();
		this.hourlyRate = (details.pricing() == Pricing.HOURLY) ? details.hourlyRate() : null;
		this.estimatedHours = (details.pricing() == Pricing.HOURLY) ? details.estimatedHours() : null;
		this.deadline = details.deadline();
		this.remote = details.remote();
		this.locationPrefecture = (details.location() != null) ? details.location().code() : null;
		this.skills = new HashSet<>(details.skills());
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new WrongStatus(this.status);
		}
	}

	public RequestDetails details() {
		return new RequestDetails(this.title, this.description, this.category, this.pricing, this.budget,
				this.hourlyRate, this.estimatedHours, this.deadline, this.remote, location(), Set.copyOf(this.skills));
	}

	public UUID id() {
		return this.id;
	}

	public UUID clientOrganisationId() {
		return this.clientOrganisationId;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public WorkCategory category() {
		return this.category;
	}

	public Pricing pricing() {
		return this.pricing;
	}

	public Yen budget() {
		return this.budget;
	}

	public Yen hourlyRate() {
		return this.hourlyRate;
	}

	public Integer estimatedHours() {
		return this.estimatedHours;
	}

	public LocalDate deadline() {
		return this.deadline;
	}

	public boolean remote() {
		return this.remote;
	}

	public Prefecture location() {
		return Prefecture.ofCode(this.locationPrefecture).orElse(null);
	}

	public RequestStatus status() {
		return this.status;
	}

	public String returnReason() {
		return this.returnReason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public Set<Skill> skills() {
		return Set.copyOf(this.skills);
	}

	/** The request is not in a state that allows this. */
	public static class WrongStatus extends RuntimeException {

		private final RequestStatus status;

		WrongStatus(RequestStatus status) {
			super("Not allowed while " + status);
			this.status = status;
		}

		public RequestStatus status() {
			return this.status;
		}

	}

	/** The request is no longer open for proposals or acceptance. */
	public static class NotOpen extends RuntimeException {

		NotOpen() {
			super("The request is not open");
		}

	}

}
