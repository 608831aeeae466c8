package jp.musubi.shop.storefront;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Producers' storefronts and the shop operator's notice. A producer's people keep its
 * storefront; anyone reads it. Whether a producer may sell at all, and sell liquor, is
 * asked here by the products it lists.
 */
@Service
public class Storefronts {

	private final StorefrontRepository storefronts;

	private final OperatorNoticeRepository operator;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Storefronts(StorefrontRepository storefronts, OperatorNoticeRepository operator, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.storefronts = storefronts;
		this.operator = operator;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The producer organisation, when the id names one. */
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> producer(UUID producerId) {
		return this.accounts.organisation(producerId)
			.filter((organisation) -> organisation.type() == OrganisationType.PRODUCER);
	}

	/** The producer's storefront as anyone reads it; empty until its people write one. */
	@Transactional(readOnly = true)
	public Optional<Storefront> find(UUID producerId) {
		return this.storefronts.findById(producerId);
	}

	/**
	 * The storefront as its producer's people edit it; empty when they have not written
	 * one yet.
	 * @throws NotFound when the person does not act for that producer
	 */
	@Transactional(readOnly = true)
	public Optional<Storefront> forEditing(UUID personId, UUID producerId) {
		requireProducer(personId, producerId);
		return this.storefronts.findById(producerId);
	}

	/**
	 * Writes the producer's storefront, or changes it whole.
	 * @throws NotFound when the person does not act for that producer
	 * @throws FieldsRefused with every rule the terms break; nothing is saved
	 */
	@Transactional
	public Storefront edit(UUID personId, UUID producerId, StorefrontTerms terms) {
		requireProducer(personId, producerId);
		return save(producerId, terms);
	}

	private Storefront save(UUID producerId, StorefrontTerms terms) {
		Optional<Storefront> found = this.storefronts.findById(producerId);
		Storefront saved;
		if (found.isPresent()) {
			saved = found.get();
			saved.change(terms, this.clock.instant());
		}
		else {
			saved = this.storefronts.save(new Storefront(producerId, terms, this.clock.instant()));
		}
		this.events.publishEvent(new StorefrontEdited(producerId));
		return saved;
	}

	/**
	 * Writes the producer's storefront for a program acting with the producer's own API
	 * token, as its people would.
	 * @throws NotFound when the token is another organisation's, or the id no producer
	 * @throws FieldsRefused with every rule the terms break; nothing is saved
	 */
	@Transactional
	public Storefront editWithToken(UUID tokenOrganisationId, UUID producerId, StorefrontTerms terms) {
		if (!producerId.equals(tokenOrganisationId) || producer(producerId).isEmpty()) {
			throw new NotFound("producer", producerId);
		}
		return save(producerId, terms);
	}

	/**
	 * Whether the producer may sell: its storefront's notice has every item the law asks
	 * for. A producer without a storefront may not.
	 */
	@Transactional(readOnly = true)
	public boolean isOpen(UUID producerId) {
		return this.storefronts.findById(producerId).map(Storefront::isOpen).orElse(false);
	}

	/** The producers that may sell now: their storefront's notice is complete. */
	@Transactional(readOnly = true)
	public Set<UUID> openProducers() {
		return Set.copyOf(this.storefronts.findOpenProducerIds());
	}

	/**
	 * Whether the producer may list liquor: it may sell, and it shows its licence to sell
	 * liquor by mail order.
	 */
	@Transactional(readOnly = true)
	public boolean mayListLiquor(UUID producerId) {
		return this.storefronts.findById(producerId)
			.filter(Storefront::isOpen)
			.map(Storefront::sellsLiquor)
			.orElse(false);
	}

	/** The shop operator's notice; empty until the agent's staff write it. */
	@Transactional(readOnly = true)
	public Optional<OperatorNotice> operatorNotice() {
		return this.operator.findById(OperatorNotice.ID);
	}

	/** Whether the person may keep the operator's notice: one of the agent's people. */
	@Transactional(readOnly = true)
	public boolean keepsOperatorNotice(UUID personId) {
		return this.accounts.organisationsOf(personId)
			.stream()
			.anyMatch((organisation) -> organisation.type() == OrganisationType.AGENT);
	}

	/**
	 * Writes the operator's notice, or changes it whole.
	 * @throws NotFound when the person is not one of the agent's people
	 * @throws FieldsRefused with every rule the terms break; nothing is saved
	 */
	@Transactional
	public OperatorNotice editOperatorNotice(UUID personId, OperatorTerms terms) {
		if (!keepsOperatorNotice(personId)) {
			throw new NotFound("operator notice", OperatorNotice.ID);
		}
		Optional<OperatorNotice> found = this.operator.findById(OperatorNotice.ID);
		if (found.isPresent()) {
			found.get().change(terms, this.clock.instant());
			return found.get();
		}
		return this.operator.save(new OperatorNotice(terms, this.clock.instant()));
	}

	private void requireProducer(UUID personId, UUID producerId) {
		if (producer(producerId).isEmpty() || !this.accounts.isMember(personId, producerId)) {
			throw new NotFound("producer", producerId);
		}
	}

}
