package jp.musubi.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaUppercaseFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Japanese text becomes searchable words for the whole product: work requests (案件),
 * courses, shops and events are written by companies and municipalities in long Japanese
 * sentences and searched by people who type a few words, in whatever width and katakana
 * spelling their keyboard gives them.
 * <p>
 * Hibernate Search picks this up through
 * {@code hibernate.search.backend.analysis.configurer} in {@code application.yaml};
 * entities name the analyzer in their mapping, e.g.
 * {@code @FullTextField(analyzer = JapaneseAnalysis.ANALYZER)} and
 * {@code @KeywordField(normalizer = JapaneseAnalysis.SORT_NORMALIZER, sortable = YES)}.
 * Hibernate Search is handed the very analyzers that {@link #analyzer()} and
 * {@link #sortNormalizer()} build, so tests and benchmarks exercise exactly what the
 * index uses.
 */
public class JapaneseAnalysis implements LuceneAnalysisConfigurer {

	/**
	 * Analyzer for full-text fields: titles, descriptions, anything searched by words.
	 */
	public static final String ANALYZER = "japanese";

	/**
	 * Analyzer for a second field beside a {@value #ANALYZER} one, searched together with
	 * it: each word becomes its reading in katakana, so that りんご, リンゴ and 林檎 (or もも and
	 * 桃) are one word. It finds homophones too (橋 and 箸 are both ハシ), so it should count
	 * for less than the field as written.
	 */
	public static final String READING_ANALYZER = "japanese_reading";

	/**
	 * Normalizer for keyword fields that are sorted or faceted: the whole value stays one
	 * term, only width and case are folded.
	 */
	public static final String SORT_NORMALIZER = "japanese_sort";

	private static final String KUROMOJI = "org/apache/lucene/analysis/ja/";

	/*
	 * ヴ is written for v-sounds that most texts spell with バ行 (ヴァイオリン and バイオリン, レヴュー and
	 * レビュー). Applied to single words after segmentation, so Kuromoji still sees the text
	 * as written; ヴ alone comes last so that ヴァ and friends are taken whole.
	 */
	private static final List<Map.Entry<String, String>> V_SPELLINGS = List.of(Map.entry("ヴァ", "バ"),
			Map.entry("ヴィ", "ビ"), Map.entry("ヴェ", "ベ"), Map.entry("ヴォ", "ボ"), Map.entry("ヴュ", "ビュ"),
			Map.entry("ヴ", "ブ"));

	/*
	 * Official and technical writing (JIS Z 8301, 外来語の表記) may drop the long vowel that
	 * ends a loanword of three or more characters, also inside a compound: インタフェース for
	 * インターフェース, ケアマネジャー for ケアマネージャー. Kuromoji's stemmer only drops it at the end of a
	 * word, so a ー with at least two katakana before it and one after goes too. Short
	 * words keep theirs: ビール is not ビル, スーパー is not スパ.
	 */
	private static final String LONG_VOWEL_INSIDE_WORD = "(?<=\\p{InKatakana}{2})ー(?=\\p{InKatakana})";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).instance(analyzer());
		context.analyzer(READING_ANALYZER).instance(readingAnalyzer());
		context.normalizer(SORT_NORMALIZER).instance(sortNormalizer());
	}

	/**
	 * The {@value #ANALYZER} analyzer, for indexing and for queries alike.
	 */
	public static Analyzer analyzer() {
		return chain(false);
	}

	/**
	 * The {@value #READING_ANALYZER} analyzer: the same words as {@link #analyzer()},
	 * each as Kuromoji's dictionary reads it. A word the dictionary does not know keeps
	 * its spelling.
	 */
	public static Analyzer readingAnalyzer() {
		return chain(true);
	}

	private static Analyzer chain(boolean readings) {
		try {
			CustomAnalyzer.Builder chain = CustomAnalyzer.builder()
				// Before segmentation, so that ﾃﾞｰﾀ and １２３ are cut like データ and 123.
				.addCharFilter(CJKWidthCharFilterFactory.class)
				// Search mode splits long compounds (在宅勤務 into 在宅 and 勤務) so that a part
				// finds the whole.
				.withTokenizer(JapaneseTokenizerFactory.class, "mode", "search")
				// 入力した and 入力する are the same word.
				.addTokenFilter(JapaneseBaseFormFilterFactory.class)
				// Particles, auxiliaries and symbols (の, です, を) would match every
				// document.
				.addTokenFilter(JapanesePartOfSpeechStopFilterFactory.class, "tags", KUROMOJI + "stoptags.txt")
				// Frequent words the parts of speech let through (こと, ある, これ).
				.addTokenFilter(StopFilterFactory.class, "words", KUROMOJI + "stopwords.txt");
			if (readings) {
				chain.addTokenFilter(JapaneseReadingFormFilterFactory.class);
			}
			for (Map.Entry<String, String> spelling : V_SPELLINGS) {
				chain.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", spelling.getKey(), "replacement",
						spelling.getValue(), "replace", "all");
			}
			return chain
				// Small kana are written large as often as small: ウェブ and ウエブ, ティー and
				// テイー.
				.addTokenFilter(JapaneseKatakanaUppercaseFilterFactory.class)
				// コンピューター and コンピュータ.
				.addTokenFilter(JapaneseKatakanaStemFilterFactory.class)
				.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", LONG_VOWEL_INSIDE_WORD, "replacement", "",
						"replace", "all")
				.addTokenFilter(LowerCaseFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Kuromoji's stop lists are missing from the class path", ex);
		}
	}

	/**
	 * The {@value #SORT_NORMALIZER} normalizer: ＳＯＨＯ, SOHO and soho sort and group as
	 * one.
	 */
	public static Analyzer sortNormalizer() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(KeywordTokenizerFactory.class)
				.addTokenFilter(CJKWidthFilterFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
