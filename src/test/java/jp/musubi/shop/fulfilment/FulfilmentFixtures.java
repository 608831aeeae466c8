package jp.musubi.shop.fulfilment;

import java.time.LocalDate;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.shop.fulfilment.B2Label.Kind;
import jp.musubi.shop.fulfilment.B2Label.Party;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

final class FulfilmentFixtures {

	private FulfilmentFixtures() {
	}

	static Party buyerInTokyo() {
		return new Party("山田 花子", "03-1234-5678", new PostalCode("150-0001"), "東京都渋谷区神宮前1-2-3", "コーポ神宮前 101");
	}

	static Party peachFarmInFukushima() {
		return new Party("あかつき果樹園", "024-555-0101", new PostalCode("960-0201"), "福島県福島市飯坂町平野字桜田5", "");
	}

	/** Peaches sent chilled, paid by transfer, to arrive in the afternoon of the 12th. */
	static B2Label chilledPeaches() {
		return new B2Label("S2026120700017", Kind.PREPAID, Temperature.CHILLED, LocalDate.of(2026, 12, 10),
				Optional.of(LocalDate.of(2026, 12, 12)), Optional.of(TimeSlot.FROM_14_TO_16), buyerInTokyo(),
				peachFarmInFukushima(), "もも 2kg（6玉）", Optional.empty(), Optional.empty(), 1, "024555010101", "01");
	}

	/** Rice paid on delivery, two parcels, no date asked. */
	static B2Label riceCashOnDelivery() {
		return new B2Label("S2026120700018", Kind.COLLECT, Temperature.AMBIENT, LocalDate.of(2026, 12, 10),
				Optional.empty(), Optional.empty(), buyerInTokyo(), peachFarmInFukushima(), "コシヒカリ 5kg, 玄米",
				Optional.of(Yen.of(8_860)), Optional.of(Yen.of(656)), 2, "024555010101", "01");
	}

	static B2Label withRecipient(B2Label label, Party recipient) {
		return new B2Label(label.customerReference(), label.kind(), label.temperature(), label.shipDate(),
				label.deliveryDate(), label.timeSlot(), recipient, label.sender(), label.itemName(),
				label.collectAmount(), label.collectTax(), label.parcels(), label.billingCustomerCode(),
				label.freightNumber());
	}

	static B2Label withItemName(B2Label label, String itemName) {
		return new B2Label(label.customerReference(), label.kind(), label.temperature(), label.shipDate(),
				label.deliveryDate(), label.timeSlot(), label.recipient(), label.sender(), itemName,
				label.collectAmount(), label.collectTax(), label.parcels(), label.billingCustomerCode(),
				label.freightNumber());
	}

	static Party named(String name) {
		Party buyer = buyerInTokyo();
		return new Party(name, buyer.phone(), buyer.postalCode(), buyer.address(), buyer.building());
	}

}
