package jp.musubi.shop.storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.text.Prefecture;

/**
 * A producer organisation's storefront: its name and story for buyers, where it is, and
 * the notice the Act on Specified Commercial Transactions asks of a mail-order seller
 * with the licences a seller of food and liquor shows. One per producer. It is open, and
 * its products may be sold, only while that notice is complete.
 */
@Entity
@Table(name = "shop_storefront")
public class Storefront {

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_storefront_text", joinColumns = @JoinColumn(name = "producer_id"))
	private Set<StorefrontText> texts = new HashSet<>();

	@Column(name = "postal_code")
	private String postalCode;

	private String prefecture;

	@Column(name = "location_address")
	private String locationAddress;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Embedded
	private SellerNotice notice;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_storefront_food_permit", joinColumns = @JoinColumn(name = "producer_id"))
	@OrderColumn(name = "position")
	private List<FoodPermit> foodPermits = new ArrayList<>();

	@Embedded
	private LiquorLicence liquorLicence;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	@Column(name = "invoice_corporate", nullable = false)
	private boolean invoiceCorporate;

	/**
	 * {@link #isOpen()} as of the last change, kept so that the shop's window can ask the
	 * database which producers may sell.
	 */
	@Column(name = "open_for_orders", nullable = false)
	private boolean openForOrders;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** A wrapper, so that a new one with its id already given is saved as new. */
	@Version
	private Long version;

	protected Storefront() {
	}

	Storefront(UUID producerId, StorefrontTerms terms, Instant now) {
		this.producerId = producerId;
		this.createdAt = now;
		change(terms, now);
	}

	/**
	 * Takes new terms whole, or nothing of them.
	 * @throws FieldsRefused with every rule the terms break
	 */
	final void change(StorefrontTerms terms, Instant now) {
		FieldsRefused.throwIfAny(terms.refusals());
		this.texts.clear();
		terms.texts().forEach((language, text) -> {
			if (text.name() != null || text.story() != null) {
				this.texts.add(new StorefrontText(language.tag(), text.name(), text.story()));
			}
		});
		Location location = terms.location();
		this.postalCode = location.postalCode();
		this.prefecture = (location.prefecture() != null) ? location.prefecture().code() : null;
		this.locationAddress = location.address();
		this.latitude = location.latitude();
		this.longitude = location.longitude();
		this.notice = terms.notice();
		this.foodPermits.clear();
		this.foodPermits.addAll(terms.foodPermits());
		this.liquorLicence = terms.liquorLicence();
		this.invoiceNumber = (terms.invoice() != null) ? terms.invoice().number() : null;
		this.invoiceCorporate = terms.invoice() != null && terms.invoice().corporate();
		this.openForOrders = isOpen();
		this.updatedAt = now;
	}

	/**
	 * Whether buyers may order from it: every item of the notice is there, as the law
	 * asks of a seller before any order.
	 */
	public boolean isOpen() {
		return notice().isComplete();
	}

	/** Whether it holds the licence to sell liquor by mail order. */
	public boolean sellsLiquor() {
		return this.liquorLicence != null && !this.liquorLicence.isEmpty();
	}

	public UUID producerId() {
		return this.producerId;
	}

	/**
	 * Its name in the language, or in Japanese, which every storefront has: a story told
	 * in another language may go without a name of its own.
	 */
	public String name(Language language) {
		return find(language).map(StorefrontText::name)
			.or(() -> find(Language.JA).map(StorefrontText::name))
			.orElseThrow();
	}

	/** Its names in every language it gives one, for search. */
	public List<String> names() {
		return this.texts.stream().map(StorefrontText::name).filter((name) -> name != null).sorted().toList();
	}

	/** Its texts in the language, or in Japanese when it has none in that language. */
	public StorefrontText text(Language language) {
		return find(language).or(() -> find(Language.JA)).orElseThrow();
	}

	private Optional<StorefrontText> find(Language language) {
		return this.texts.stream().filter((text) -> text.language().equals(language.tag())).findFirst();
	}

	public Location location() {
		return new Location(this.postalCode, Prefecture.ofCode(this.prefecture).orElse(null), this.locationAddress,
				this.latitude, this.longitude);
	}

	public SellerNotice notice() {
		return (this.notice != null) ? this.notice : SellerNotice.EMPTY;
	}

	public List<FoodPermit> foodPermits() {
		return List.copyOf(this.foodPermits);
	}

	public Optional<LiquorLicence> liquorLicence() {
		return sellsLiquor() ? Optional.of(this.liquorLicence) : Optional.empty();
	}

	public Optional<InvoiceRegistration> invoice() {
		return InvoiceRegistration.of(this.invoiceNumber, this.invoiceCorporate);
	}

	/** Its terms as they stand, for a form to start from. */
	public StorefrontTerms terms() {
		Map<Language, StorefrontTerms.Text> texts = new EnumMap<>(Language.class);
		for (StorefrontText text : this.texts) {
			Language.fromTag(text.language())
				.ifPresent((language) -> texts.put(language, new StorefrontTerms.Text(text.name(), text.story())));
		}
		return new StorefrontTerms(texts, location(), notice(), foodPermits(), this.liquorLicence,
				invoice().orElse(null));
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
