package jp.musubi.shop.order.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.Quotation;

/**
 * A buyer's cart, kept in their session: a guest's too, so a cart costs a session only
 * once something is put in it, never for looking. The same size added twice adds up on
 * one line.
 */
class Cart implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = Cart.class.getName();

	private final List<Line> lines = new ArrayList<>();

	/** The session's cart, or an empty one that is not kept until something is added. */
	static Cart of(HttpSession session) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof Cart cart) {
			return cart;
		}
		return new Cart();
	}

	void keepIn(HttpSession session) {
		// Set again on every change: a session store that writes only what was set sees
		// it.
		session.setAttribute(ATTRIBUTE, this);
	}

	static void empty(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	void add(UUID productId, UUID variantId, int quantity) {
		for (int i = 0; i < this.lines.size(); i++) {
			Line line = this.lines.get(i);
			if (line.variantId().equals(variantId)) {
				this.lines.set(i,
						new Line(productId, variantId, Math.min(line.quantity() + quantity, Quotation.MAX_QUANTITY)));
				return;
			}
		}
		if (this.lines.size() < Quotation.MAX_LINES) {
			this.lines.add(new Line(productId, variantId, quantity));
		}
	}

	/** Sets a line's quantity; zero takes the line out. */
	void change(int index, int quantity) {
		if (index < 0 || index >= this.lines.size()) {
			return;
		}
		if (quantity <= 0) {
			this.lines.remove(index);
		}
		else {
			Line line = this.lines.get(index);
			this.lines.set(index, new Line(line.productId(), line.variantId(), quantity));
		}
	}

	boolean isEmpty() {
		return this.lines.isEmpty();
	}

	int units() {
		return this.lines.stream().mapToInt(Line::quantity).sum();
	}

	List<Line> lines() {
		return List.copyOf(this.lines);
	}

	List<CartLine> cartLines() {
		return this.lines.stream()
			.map((line) -> new CartLine(line.productId(), line.variantId(), line.quantity()))
			.toList();
	}

	record Line(UUID productId, UUID variantId, int quantity) implements Serializable {
	}

}
