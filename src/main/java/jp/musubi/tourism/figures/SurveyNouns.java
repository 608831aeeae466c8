package jp.musubi.tourism.figures;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What guests write about, for the needs analysis: the nouns of a survey answer in their
 * base form, cut by Kuromoji. Only nouns that name something count (一般, 固有名詞, サ変接続: 温泉,
 * 食事, 案内); numbers, pronouns and suffixes (こと, それ, 円) say nothing about a need, and
 * neither do the words on Kuromoji's stop list. The tokenizer works in normal mode, so
 * 露天風呂 stays one word as a guest means it rather than being cut for search.
 */
final class SurveyNouns {

	private static final CharArraySet STOP = JapaneseAnalyzer.getDefaultStopSet();

	private SurveyNouns() {
	}

	/** Each noun of the answer and how often it appears. */
	static Map<String, Integer> of(String answer) {
		Map<String, Integer> nouns = new TreeMap<>();
		if (answer == null || answer.isBlank()) {
			return nouns;
		}
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
			tokenizer.setReader(new StringReader(Normalizer.normalize(answer, Normalizer.Form.NFKC)));
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String tag = partOfSpeech.getPartOfSpeech();
				if (tag == null || !isNamingNoun(tag)) {
					continue;
				}
				String word = (baseForm.getBaseForm() != null) ? baseForm.getBaseForm() : term.toString();
				word = word.toLowerCase(java.util.Locale.ROOT);
				if (word.length() < 2 && !isKanji(word) || STOP.contains(word) || word.length() > 60) {
					continue;
				}
				nouns.merge(word, 1, Integer::sum);
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return nouns;
	}

	private static boolean isNamingNoun(String tag) {
		return tag.equals("名詞-一般") || tag.startsWith("名詞-固有名詞") || tag.equals("名詞-サ変接続");
	}

	/** 湯 and 宿 are words; a lone kana or letter is not. */
	private static boolean isKanji(String word) {
		return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

}
