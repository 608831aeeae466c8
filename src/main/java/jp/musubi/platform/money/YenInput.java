package jp.musubi.platform.money;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * How a form field or a request parameter typed {@link Yen} is read and written back:
 * every amount in every form is read by {@link Yen#parse(CharSequence)}. What does not
 * read as an amount is refused with {@code typeMismatch.jp.musubi.platform.money.Yen}; an
 * empty field is no amount, left to {@code @NotNull} where one is required.
 */
@Component
public class YenInput implements Formatter<Yen> {

	@Override
	public Yen parse(String text, Locale locale) throws ParseException {
		return Yen.parse(text).orElseThrow(() -> new ParseException("Not an amount of yen: " + text, 0));
	}

	/** Digits grouped by thousands, as people read and type them back. */
	@Override
	public String print(Yen yen, Locale locale) {
		return String.format(Locale.ROOT, "%,d", yen.amount());
	}

}
