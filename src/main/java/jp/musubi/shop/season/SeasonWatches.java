package jp.musubi.shop.season;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.stock.Stock;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members who asked to be told when a product can be ordered again, and the mail when it
 * can: the answer to the "順次発送" and "sold out, come back some day" of other shops, and
 * what producers you met build on.
 */
@Service
public class SeasonWatches {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SeasonWatchRepository watches;

	private final Products products;

	private final Stock stock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SeasonWatches(SeasonWatchRepository watches, Products products, Stock stock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.watches = watches;
		this.products = products;
		this.stock = stock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Whether a published product can be ordered today: it takes orders (its harvest
	 * window's cut-off has not passed) and some size has units left.
	 */
	@Transactional(readOnly = true)
	public boolean isOpen(Product product) {
		if (!product.takesOrdersOn(LocalDate.ofInstant(this.clock.instant(), Dates.JAPAN))) {
			return false;
		}
		return this.stock.available(product.variants().stream().map(Variant::id).toList())
			.values()
			.stream()
			.anyMatch((units) -> units != null && units > 0);
	}

	/**
	 * A member asks to be mailed when the product opens; asked again, nothing changes
	 * until it was told.
	 * @throws NotFound when no published product has the id
	 */
	@Transactional
	public SeasonWatch ask(UUID personId, UUID productId) {
		this.products.published(productId);
		Optional<SeasonWatch> asked = this.watches.findByProductIdAndPersonId(productId, personId);
		if (asked.isPresent()) {
			if (!asked.get().isWaiting()) {
				asked.get().askAgain(this.clock.instant());
			}
			return asked.get();
		}
		return this.watches.save(new SeasonWatch(productId, personId, token(), this.clock.instant()));
	}

	/** Whether the member waits to be told of the product. */
	@Transactional(readOnly = true)
	public boolean isWaiting(UUID personId, UUID productId) {
		return personId != null && this.watches.findByProductIdAndPersonId(productId, personId)
			.map(SeasonWatch::isWaiting)
			.orElse(false);
	}

	/**
	 * Stops the mail, by the link in it.
	 * @return whether the link named a wish
	 */
	@Transactional
	public boolean stop(String token) {
		Optional<SeasonWatch> watch = (token != null) ? this.watches.findByToken(token) : Optional.empty();
		watch.ifPresent(this.watches::delete);
		return watch.isPresent();
	}

	/**
	 * Tells the members waiting for products that opened; each member once per opening.
	 * @return how many were told
	 */
	@Recurring(id = "shop-tell-season-opened", interval = "PT1H")
	@Job(name = "Tell members that a product they waited for can be ordered")
	public int tellOpened() {
		int told = 0;
		for (UUID productId : this.watches.findWatchedProducts()) {
			Product product;
			try {
				product = this.products.published(productId);
			}
			catch (NotFound withdrawn) {
				continue;
			}
			if (!isOpen(product)) {
				continue;
			}
			Integer count = this.transaction.execute((status) -> {
				int now = 0;
				for (SeasonWatch watch : this.watches.findByProductIdAndToldAtIsNull(productId)) {
					if (watch.tell(this.clock.instant())) {
						this.events.publishEvent(new SeasonOpened(UUID.randomUUID(), watch.id()));
						now++;
					}
				}
				return now;
			});
			told += (count != null) ? count : 0;
		}
		return told;
	}

	/** A wish, for its mail. */
	@Transactional(readOnly = true)
	public Optional<SeasonWatch> find(UUID watchId) {
		return this.watches.findById(watchId);
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
