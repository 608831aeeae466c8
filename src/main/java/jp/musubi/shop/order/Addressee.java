package jp.musubi.shop.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.storefront.PhoneNumber;

/**
 * A person a shipment goes to, or who buys: the name and address the carrier prints on
 * the label, and a phone the driver can call. The carriers deliver inside Japan only, so
 * the address is a Japanese one.
 */
public record Addressee(String name, String phone, String postalCode, Prefecture prefecture, String address) {

	static final int MAX_NAME = 60;

	static final int MAX_ADDRESS = 160;

	public Addressee {
		name = JapaneseText.normalizeToNull(name);
		phone = JapaneseText.normalizeToNull(phone);
		postalCode = JapaneseText.normalizeToNull(postalCode);
		address = JapaneseText.normalizeToNull(address);
	}

	/**
	 * What is wrong with it, each on its field under the prefix ("buyer.", "recipient.").
	 */
	List<InputRefused> refusals(String prefix) {
		List<InputRefused> refusals = new ArrayList<>();
		if (this.name == null) {
			refusals.add(new InputRefused(prefix + "name", "shop.order.refused.nameMissing"));
		}
		else if (this.name.length() > MAX_NAME) {
			refusals.add(new InputRefused(prefix + "name", "shop.order.refused.tooLong", MAX_NAME));
		}
		if (this.phone == null || !PhoneNumber.isJapanese(this.phone)) {
			refusals.add(new InputRefused(prefix + "phone", "shop.order.refused.phone"));
		}
		if (postal().isEmpty()) {
			refusals.add(new InputRefused(prefix + "postalCode", "shop.order.refused.postalCode"));
		}
		if (this.prefecture == null) {
			refusals.add(new InputRefused(prefix + "prefecture", "shop.order.refused.prefectureMissing"));
		}
		if (this.address == null) {
			refusals.add(new InputRefused(prefix + "address", "shop.order.refused.addressMissing"));
		}
		else if (this.address.length() > MAX_ADDRESS) {
			refusals.add(new InputRefused(prefix + "address", "shop.order.refused.tooLong", MAX_ADDRESS));
		}
		return refusals;
	}

	Optional<PostalCode> postal() {
		return PostalCode.parse(this.postalCode);
	}

	static boolean isEmail(String text) {
		return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{C}]+@[^@\\s\\p{C}]+\\.[^@\\s\\p{C}.]+");

}
