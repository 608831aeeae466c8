package jp.musubi.work.invoice;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkCategoryTests {

	@Test
	void withholdingAppliesToTheWorkTheIncomeTaxActLists() {
		assertThat(Arrays.stream(WorkCategory.values()).filter(WorkCategory::withholdingApplies))
			.containsExactlyInAnyOrder(WorkCategory.WRITING, WorkCategory.TRANSLATION, WorkCategory.INTERPRETATION,
					WorkCategory.DESIGN, WorkCategory.ILLUSTRATION, WorkCategory.PHOTOGRAPHY, WorkCategory.LECTURE,
					WorkCategory.TEACHING);
	}

	@Test
	void clericalAndTechnicalWorkIsPaidInFull() {
		assertThat(WorkCategory.DATA_ENTRY.withholdingApplies()).isFalse();
		assertThat(WorkCategory.PROGRAMMING.withholdingApplies()).isFalse();
		assertThat(WorkCategory.WEB_DEVELOPMENT.withholdingApplies()).isFalse();
		assertThat(WorkCategory.ACCOUNTING.withholdingApplies()).isFalse();
		assertThat(WorkCategory.TRANSCRIPTION.withholdingApplies()).isFalse();
	}

	@Test
	void eachCategoryIsNamedByItsMessageKey() {
		assertThat(WorkCategory.DATA_ENTRY.messageKey()).isEqualTo("work.category.DATA_ENTRY");
		assertThat(WorkCategory.VIDEO_EDITING.messageKey()).isEqualTo("work.category.VIDEO_EDITING");
	}

}
