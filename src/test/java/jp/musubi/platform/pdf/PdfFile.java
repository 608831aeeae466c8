package jp.musubi.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader of a rendered PDF sees, read back with PDFBox as any PDF reader would.
 */
record PdfFile(byte[] bytes, int pages, PDRectangle pageSize, String text, List<PdfFile.Font> fonts, int pictures) {

	static PdfFile of(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			List<Font> fonts = new ArrayList<>();
			int pictures = 0;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(new Font(font.getName(), font.isEmbedded()));
				}
				for (COSName name : resources.getXObjectNames()) {
					pictures += resources.isImageXObject(name) ? 1 : 0;
				}
			}
			return new PdfFile(bytes, document.getNumberOfPages(), document.getPage(0).getMediaBox(),
					new PDFTextStripper().getText(document), fonts, pictures);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a PDF", ex);
		}
	}

	List<String> fontNames() {
		return this.fonts.stream().map(Font::name).toList();
	}

	record Font(String name, boolean embedded) {
	}

}
