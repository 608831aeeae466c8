package jp.musubi.platform.pdf;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PdfDocumentsWithoutFontsTests {

	@Test
	void documentsStillRenderAndTheLogSaysWhichPackageToInstall(@TempDir Path noFonts, CapturedOutput output) {
		PdfDocuments documents = new PdfDocuments(PdfDocumentsTests.messages(), new PdfProperties(noFonts));

		PdfFile pdf = PdfFile.of(documents.render("sample", Locale.JAPANESE, PdfDocumentsTests.INVOICE));

		assertThat(pdf.pages()).isOne();
		assertThat(pdf.text()).contains("1,234,567").doesNotContain("適格請求書");
		assertThat(output).containsOnlyOnce("fonts-noto-cjk");
	}

}
