package jp.musubi.platform.zengin;

import java.util.List;

import jp.musubi.platform.zengin.ZenginLayout.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each record's fields follow each other without gap or overlap and fill its length. */
class ZenginLayoutTests {

	@Test
	void theNoticeRecordsAreTwoHundredBytesOfFields() {
		assertTiles(ZenginLayout.Notice.Header.ALL, 200);
		assertTiles(ZenginLayout.Notice.Data.ALL, 200);
		assertTiles(ZenginLayout.Notice.Trailer.ALL, 200);
		assertTiles(ZenginLayout.Notice.End.ALL, 200);
	}

	@Test
	void theBulkTransferRecordsAreOneHundredTwentyBytesOfFields() {
		assertTiles(ZenginLayout.Order.Header.ALL, 120);
		assertTiles(ZenginLayout.Order.Data.ALL, 120);
		assertTiles(ZenginLayout.Order.Trailer.ALL, 120);
		assertTiles(ZenginLayout.Order.End.ALL, 120);
	}

	private static void assertTiles(List<Field> fields, int length) {
		int next = 1;
		for (Field field : fields) {
			assertThat(field.start()).as(field.name()).isEqualTo(next);
			next = field.next();
		}
		assertThat(next - 1).isEqualTo(length);
	}

}
