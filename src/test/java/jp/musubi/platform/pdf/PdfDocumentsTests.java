package jp.musubi.platform.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@SpringJUnitConfig(PdfDocumentsTests.Documents.class)
class PdfDocumentsTests {

	static final Map<String, Object> INVOICE = Map.of("item", "ウェブサイト制作", "amount", "¥1,234,567");

	static final String[] SAMPLE_TEXT = { "業務委託契約書", "特定受託事業者に係る取引の適正化等に関する法律", "適格請求書", "ウェブサイト制作", "¥1,234,567",
			"프리랜서 계약서", "自由职业者合同" };

	private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

	@Autowired
	PdfDocuments documents;

	@Test
	void japaneseKoreanAndChineseAreTextThatCanBeCopied() {
		PdfFile pdf = PdfFile.of(this.documents.render("sample", Locale.JAPANESE, INVOICE));

		assertThat(pdf.text()).contains(SAMPLE_TEXT).doesNotContain("#");
	}

	@Test
	void everyFontIsEmbeddedAsASubsetOfNotoSansCjk() {
		PdfFile pdf = PdfFile.of(this.documents.render("sample", Locale.JAPANESE, INVOICE));

		assertThat(pdf.fonts()).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.embedded()).isTrue();
			assertThat(font.name()).matches("[A-Z]{6}\\+NotoSansCJK(jp|kr|sc)-(Regular|Bold)");
		});
	}

	@Test
	void koreanAndChinesePassagesAreSetInTheirOwnForms() {
		PdfFile pdf = PdfFile.of(this.documents.render("sample", Locale.JAPANESE, INVOICE));

		assertThat(pdf.fontNames()).map((name) -> name.substring(7))
			.containsExactlyInAnyOrder("NotoSansCJKjp-Regular", "NotoSansCJKjp-Bold", "NotoSansCJKkr-Regular",
					"NotoSansCJKsc-Regular");
	}

	@Test
	void theReadersLanguageChoosesTheFormOfTheCharacters() {
		PdfFile pdf = PdfFile.of(this.documents.render("sample", Locale.KOREAN, INVOICE));

		assertThat(pdf.fontNames()).map((name) -> name.substring(7))
			.containsExactlyInAnyOrder("NotoSansCJKkr-Regular", "NotoSansCJKkr-Bold", "NotoSansCJKsc-Regular");
		assertThat(pdf.text()).contains("特定受託事業者に係る取引の適正化等に関する法律");
	}

	@Test
	void theSampleIsOneSmallA4Page() {
		PdfFile pdf = PdfFile.of(this.documents.render("sample", Locale.JAPANESE, INVOICE));

		assertThat(pdf.pages()).isOne();
		assertThat(pdf.pageSize().getWidth()).isCloseTo(595.3f, within(0.5f));
		assertThat(pdf.pageSize().getHeight()).isCloseTo(841.9f, within(0.5f));
		assertThat(pdf.bytes()).hasSizeLessThan(TWO_MEGABYTES);
	}

	@Test
	void rendersOnSeveralThreadsAtOnceAllSucceed() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> renders = IntStream.range(0, 8)
				.mapToObj((i) -> threads.submit(() -> this.documents.render("sample", Locale.JAPANESE, INVOICE)))
				.toList();
			for (Future<byte[]> render : renders) {
				assertThat(PdfFile.of(render.get(1, TimeUnit.MINUTES)).text()).contains(SAMPLE_TEXT);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aPictureBesideTheTemplatesIsShown() {
		PdfFile pdf = PdfFile.of(this.documents.render("picture", Locale.JAPANESE, Map.of("picture", "seal.png")));

		assertThat(pdf.pictures()).isOne();
	}

	@Test
	void aPictureFromAnywhereElseIsNeverRead(@TempDir Path elsewhere) throws IOException {
		Path seal = elsewhere.resolve("seal.png");
		Files.write(seal, new ClassPathResource("templates/pdf/seal.png").getContentAsByteArray());

		PdfFile pdf = PdfFile
			.of(this.documents.render("picture", Locale.JAPANESE, Map.of("picture", seal.toUri().toString())));

		assertThat(pdf.pictures()).isZero();
		assertThat(pdf.text()).contains("印影");
	}

	static MessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("pdf.sample.title", Locale.JAPANESE, "業務委託契約書");
		messages.addMessage("pdf.sample.title", Locale.KOREAN, "업무 위탁 계약서");
		return messages;
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ PdfConfiguration.class, PdfDocuments.class })
	static class Documents {

		@Bean
		MessageSource messageSource() {
			return messages();
		}

	}

}
