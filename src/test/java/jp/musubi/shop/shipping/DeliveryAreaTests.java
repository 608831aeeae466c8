package jp.musubi.shop.shipping;

import java.util.Arrays;
import java.util.List;

import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryAreaTests {

	@Test
	void everyPrefectureIsInExactlyOneArea() {
		List<Prefecture> grouped = Arrays.stream(DeliveryArea.values())
			.flatMap((area) -> area.prefectures().stream())
			.toList();

		assertThat(grouped).hasSize(47).containsExactlyInAnyOrder(Prefecture.values());
		for (Prefecture prefecture : Prefecture.values()) {
			assertThat(DeliveryArea.of(prefecture).prefectures()).contains(prefecture);
		}
	}

	@Test
	void tohokuIsSplitAndYamanashiIsPricedWithKanto() {
		assertThat(DeliveryArea.of(Prefecture.AKITA)).isEqualTo(DeliveryArea.NORTH_TOHOKU);
		assertThat(DeliveryArea.of(Prefecture.FUKUSHIMA)).isEqualTo(DeliveryArea.SOUTH_TOHOKU);
		assertThat(DeliveryArea.of(Prefecture.YAMANASHI)).isEqualTo(DeliveryArea.KANTO);
		assertThat(DeliveryArea.of(Prefecture.NAGANO)).isEqualTo(DeliveryArea.SHINETSU);
		assertThat(DeliveryArea.of(Prefecture.MIE)).isEqualTo(DeliveryArea.CHUBU);
		assertThat(DeliveryArea.values()).hasSize(12);
	}

}
