package jp.musubi.platform.payment;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A caller's listener as the shop's or the work exchange's will be: it hears of payments
 * after the receiving transaction commits, through Spring Modulith's event publication
 * registry (so the events must survive being stored and read back).
 */
class HeardPayments {

	private final Queue<Object> heard = new ConcurrentLinkedQueue<>();

	/**
	 * What it heard, read through a method: the bean is a proxy (the listener is
	 * asynchronous).
	 */
	List<Object> heard() {
		return List.copyOf(this.heard);
	}

	@ApplicationModuleListener
	void on(PaymentReceived received) {
		this.heard.add(received);
	}

	@ApplicationModuleListener
	void on(PaymentFailed failed) {
		this.heard.add(failed);
	}

}
