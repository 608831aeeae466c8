package jp.musubi.platform.payment;

/**
 * The provider did not answer in time or failed on its side. Nothing is known to have
 * happened there; the same request, with the same idempotency key, may be sent again
 * later and will then act at most once.
 */
public class PaymentProviderUnavailable extends RuntimeException {

	public PaymentProviderUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	public PaymentProviderUnavailable(String message) {
		super(message);
	}

}
