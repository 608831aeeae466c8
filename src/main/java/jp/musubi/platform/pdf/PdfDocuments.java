package jp.musubi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Documents people download as PDF: contracts under the Freelance Act, qualified
 * invoices. Each is a template under {@code templates/pdf/}, written in XHTML (every tag
 * closed, as openhtmltopdf parses XML) with messages from the application's bundles, and
 * set in {@code font-family: 'Musubi Sans'} (see {@link Typefaces} for the other names),
 * on A4 unless its {@code @page} rule says otherwise. Renders may run on many threads at
 * once.
 */
@Service
public class PdfDocuments {

	private static final String TEMPLATES = "templates/pdf/";

	private static final float A4_WIDTH_MM = 210;

	private static final float A4_HEIGHT_MM = 297;

	private final SpringTemplateEngine templates;

	private final Typefaces typefaces;

	private final String resources;

	PdfDocuments(MessageSource messages, PdfProperties properties) {
		XRLog.setLoggerImpl(new RendererLog());
		this.templates = htmlTemplates(messages);
		this.typefaces = new Typefaces(properties.fontDirectory());
		URL folder = PdfDocuments.class.getClassLoader().getResource(TEMPLATES);
		this.resources = (folder != null) ? folder.toExternalForm() : null;
	}

	/**
	 * Renders {@code templates/pdf/<template>.html} in the reader's language.
	 * @return the PDF file
	 * @throws PdfNotRendered when the template does not give a document
	 */
	public byte[] render(String template, Locale locale, Map<String, ?> model) {
		Context context = new Context(locale);
		context.setVariables(Map.copyOf(model));
		try {
			return pdf(this.templates.process(template, context), locale);
		}
		catch (IOException | RuntimeException ex) {
			throw new PdfNotRendered(template, ex);
		}
	}

	private byte[] pdf(String xhtml, Locale locale) throws IOException {
		try (PDDocument document = new PDDocument()) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.usePDDocument(document)
				.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
				.withHtmlContent(xhtml, this.resources)
				.useExternalResourceAccessControl((uri, type) -> besideTheTemplates(uri),
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withProducer("Musubi")
				.toStream(pdf);
			this.typefaces.offer(builder, document, locale);
			builder.run();
			return pdf.toByteArray();
		}
	}

	/**
	 * A picture or style sheet is read only from beside the templates, so that a value in
	 * the model (a URL someone typed) never makes the server fetch a URL or read a file.
	 */
	private boolean besideTheTemplates(String uri) {
		return this.resources != null && uri != null && uri.startsWith(this.resources);
	}

	private static SpringTemplateEngine htmlTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(TEMPLATES);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/** The template or the layout failed; the cause says which. */
	public static class PdfNotRendered extends RuntimeException {

		PdfNotRendered(String template, Exception cause) {
			super("PDF '" + template + "' was not rendered", cause);
		}

	}

}
