package jp.musubi.shop.fulfilment;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class B2CustomerCodeTests {

	@Test
	void aCodeIsTakenAsPeopleTypeItWithHyphensSpacesAndFullWidthDigits() {
		assertThat(B2CustomerCode.typed("0241-00-1234-01")).contains(new B2CustomerCode("024100123401"));
		assertThat(B2CustomerCode.typed(" ０２４１ ００ １２３４ ")).contains(new B2CustomerCode("0241001234"));
		assertThat(B2CustomerCode.typed("0241ー00ー12345")).contains(new B2CustomerCode("02410012345"));
	}

	@Test
	void nothingTypedIsNoCode() {
		assertThat(B2CustomerCode.typed(null)).isEmpty();
		assertThat(B2CustomerCode.typed("  ")).isEmpty();
	}

	@Test
	void aCodeOfFewerThanTenOrMoreThanTwelveDigitsOrWithLettersIsRefused() {
		for (String typed : new String[] { "024100123", "0241001234012", "02410012AB", "0241/00/1234" }) {
			assertThatExceptionOfType(InputRefused.class).as(typed)
				.isThrownBy(() -> B2CustomerCode.typed(typed))
				.satisfies((refused) -> {
					assertThat(refused.field()).isEqualTo("customerCode");
					assertThat(refused.messageKey()).isEqualTo("shop.shipments.refused.customerCode");
				});
		}
	}

}
