package jp.musubi.shop.storefront;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The licence to sell liquor by mail order (通信販売酒類小売業免許) across prefectures, given by a
 * tax office (税務署), and the liquor sales manager (酒類販売管理者) every shop selling liquor must
 * appoint and name. Without it a producer may not list liquor.
 *
 * @param number the licence's number as the tax office wrote it
 * @param taxOffice the tax office that gave it
 * @param manager the liquor sales manager's name
 */
@Embeddable
public record LiquorLicence(@Column(name = "liquor_licence_number") String number,
		@Column(name = "liquor_tax_office") String taxOffice, @Column(name = "liquor_manager") String manager) {

	public LiquorLicence {
		number = SellerNotice.line(number);
		taxOffice = SellerNotice.line(taxOffice);
		manager = SellerNotice.line(manager);
	}

	/** The licence, or empty when none of its parts was given. */
	public static Optional<LiquorLicence> of(String number, String taxOffice, String manager) {
		LiquorLicence licence = new LiquorLicence(number, taxOffice, manager);
		return licence.isEmpty() ? Optional.empty() : Optional.of(licence);
	}

	boolean isEmpty() {
		return this.number == null && this.taxOffice == null && this.manager == null;
	}

	void judge(String prefix, List<InputRefused> refusals) {
		FoodPermit.field(prefix + "number", this.number, refusals);
		FoodPermit.field(prefix + "taxOffice", this.taxOffice, refusals);
		FoodPermit.field(prefix + "manager", this.manager, refusals);
	}

}
