package jp.musubi.shop.order;

/**
 * A price, fee or stock changed between the confirmation screen and the order button: the
 * buyer sees the new quote and agrees again, never a different charge in silence.
 */
public class QuoteChanged extends RuntimeException {

	private final transient Quote quote;

	QuoteChanged(Quote quote) {
		super("The quote changed to " + quote.total());
		this.quote = quote;
	}

	public Quote quote() {
		return this.quote;
	}

}
