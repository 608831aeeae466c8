package jp.musubi.shop.fulfilment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.refusal.InputRefused;

/**
 * Reads the tracking numbers of printed labels from a file a producer uploads: either the
 * 発行済データ B2クラウド exports (its 送り状発行データ layout, お客様管理番号 in column 1, 伝票番号 in column 4,
 * 出荷予定日 in column 5) or a plain CSV of {@code customerReference,trackingNumber} with an
 * optional third column {@code shipDate} (YYYY/MM/DD or YYYY-MM-DD), with or without a
 * header row. Both in Windows-31J, as B2 and Excel write them.
 * <p>
 * Nothing is taken from a file that is wrong anywhere: the first fault refuses the whole
 * file, naming its line, so a producer never has half a file applied. Whether a reference
 * names one of the producer's shipments is the caller's question, not this reader's.
 */
public final class TrackingImport {

	/** The field a refusal names: the uploaded file. */
	public static final String FILE = "file";

	/** Yamato's numbers are twelve digits, printed in groups of four with hyphens. */
	private static final Pattern TRACKING_NUMBER = Pattern.compile("\\d{12}");

	private static final Pattern HYPHENS = Pattern.compile("[-\\s]");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private TrackingImport() {
	}

	/**
	 * The labels of the file, in its order.
	 * @throws InputRefused on field {@link #FILE}, nothing read, with key
	 * {@code shop.fulfilment.tracking.empty} for a file without labels, and with the line
	 * as first argument {@code .encoding} (not Windows-31J), {@code .malformed} (not CSV,
	 * or not one of the two layouts), {@code .reference} (no reference), {@code .number}
	 * (not twelve digits; the value second), {@code .checkDigit} (a mistyped number; the
	 * value second), {@code .date} (no such date; the value second)
	 */
	public static List<IssuedLabel> read(byte[] file) {
		List<String> lines = lines(file);
		List<IssuedLabel> labels = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int line = i + 1;
			String text = lines.get(i);
			if (text.isBlank()) {
				continue;
			}
			List<String> fields = CsvLine.split(text)
				.orElseThrow(() -> new InputRefused(FILE, "shop.fulfilment.tracking.malformed", line));
			if (labels.isEmpty() && isHeader(fields)) {
				continue;
			}
			labels.add(label(line, fields));
		}
		if (labels.isEmpty()) {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.empty");
		}
		return labels;
	}

	private static IssuedLabel label(int line, List<String> fields) {
		String reference;
		String number;
		String date;
		if (fields.size() == 2 || fields.size() == 3) {
			reference = fields.get(0);
			number = fields.get(1);
			date = (fields.size() == 3) ? fields.get(2) : "";
		}
		else if (fields.size() >= 5) {
			reference = fields.get(0);
			number = fields.get(3);
			date = fields.get(4);
		}
		else {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.malformed", line);
		}
		reference = reference.strip();
		if (reference.isEmpty()) {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.reference", line);
		}
		return new IssuedLabel(line, reference, trackingNumber(line, number.strip()), shipDate(line, date.strip()));
	}

	private static String trackingNumber(int line, String text) {
		String digits = HYPHENS.matcher(text).replaceAll("");
		if (!TRACKING_NUMBER.matcher(digits).matches()) {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.number", line, text);
		}
		// The last digit is the first eleven modulo 7 (セブンチェック, 7DR): a mistyped
		// digit would name another parcel, or none.
		long base = Long.parseLong(digits.substring(0, 11));
		if (base % 7 != digits.charAt(11) - '0') {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.checkDigit", line, text);
		}
		return digits;
	}

	private static Optional<LocalDate> shipDate(int line, String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.replace('-', '/'), SLASHED));
		}
		catch (DateTimeParseException ex) {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.date", line, text);
		}
	}

	private static boolean isHeader(List<String> fields) {
		String first = fields.get(0).strip();
		return first.equals(B2Csv.COLUMNS.get(0)) || first.equalsIgnoreCase("customerReference");
	}

	/**
	 * The lines of the file decoded as Windows-31J. A file that is UTF-8 with anything
	 * beyond ASCII is refused although some of its bytes would decode: read as
	 * Windows-31J it is mojibake whose references match nothing.
	 */
	private static List<String> lines(byte[] file) {
		if (file == null || file.length == 0) {
			throw new InputRefused(FILE, "shop.fulfilment.tracking.empty");
		}
		List<byte[]> raw = splitLines(file);
		List<String> lines = new ArrayList<>(raw.size());
		CharsetDecoder decoder = ShiftJis.CHARSET.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		for (int i = 0; i < raw.size(); i++) {
			byte[] bytes = raw.get(i);
			if (isUtf8BeyondAscii(bytes)) {
				throw new InputRefused(FILE, "shop.fulfilment.tracking.encoding", i + 1);
			}
			try {
				CharBuffer text = decoder.reset().decode(ByteBuffer.wrap(bytes));
				lines.add(text.toString());
			}
			catch (CharacterCodingException ex) {
				throw new InputRefused(FILE, "shop.fulfilment.tracking.encoding", i + 1);
			}
		}
		return lines;
	}

	/** Lines ended by CR LF, LF or CR; the last one with or without an end. */
	private static List<byte[]> splitLines(byte[] file) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < file.length) {
			if (file[i] == '\r' || file[i] == '\n') {
				lines.add(Arrays.copyOfRange(file, start, i));
				i += (file[i] == '\r' && i + 1 < file.length && file[i + 1] == '\n') ? 2 : 1;
				start = i;
			}
			else {
				i++;
			}
		}
		if (start < file.length) {
			lines.add(Arrays.copyOfRange(file, start, file.length));
		}
		return lines;
	}

	private static boolean isUtf8BeyondAscii(byte[] bytes) {
		boolean beyondAscii = false;
		for (byte b : bytes) {
			if (b < 0) {
				beyondAscii = true;
				break;
			}
		}
		if (!beyondAscii) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
