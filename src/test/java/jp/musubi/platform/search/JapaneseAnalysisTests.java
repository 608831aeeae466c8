package jp.musubi.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the {@value JapaneseAnalysis#ANALYZER} analyzer makes of text: a query finds a
 * document when every term of the query is among the document's terms.
 */
class JapaneseAnalysisTests {

	private static final Analyzer japanese = JapaneseAnalysis.analyzer();

	private static final Analyzer sortNormalizer = JapaneseAnalysis.sortNormalizer();

	private static final Analyzer reading = JapaneseAnalysis.readingAnalyzer();

	@AfterAll
	static void close() {
		japanese.close();
		sortNormalizer.close();
		reading.close();
	}

	@Test
	void aWordFindsTheCompoundsItIsPartOf() {
		assertThat(terms("データ入力作業")).containsAll(terms("データ入力"));
		assertThat(terms("在宅ワークのデータ入力")).containsAll(terms("データ入力"));
		assertThat(terms("在宅ワークのデータ入力作業")).containsAll(terms("データ入力"));
		assertThat(terms("ミニ湯治")).containsAll(terms("湯治"));
	}

	@Test
	void longKanjiCompoundsAreSplitIntoTheirWords() {
		assertThat(terms("在宅勤務")).containsExactly("在宅", "勤務");
		assertThat(terms("観光案内所")).containsAll(terms("観光案内"));
	}

	@ParameterizedTest
	@CsvSource({ "ＳＯＨＯ, SOHO", "SOHO, soho", "ﾃﾞｰﾀ入力, データ入力", "１２３, 123", "ｳﾞｧｲｵﾘﾝ, ヴァイオリン", "Ｅｘｃｅｌ入力, excel入力" })
	void fullWidthAndHalfWidthFormsAreTheSameWords(String typed, String written) {
		assertThat(terms(typed)).isNotEmpty().isEqualTo(terms(written));
	}

	@Test
	void fullWidthDigitsStayOneNumber() {
		assertThat(terms("１２３")).containsExactly("123");
	}

	@ParameterizedTest
	@CsvSource({ "ウェブ, ウエブ", "ウェブデザイン, ウエブデザイン", "ウィンドウ, ウインドウ", "ティー, テイー", "パーティー, パーテイー", "ヴァイオリン, バイオリン",
			"ヴィーナス, ビーナス", "ヴォーカル, ボーカル", "レヴュー, レビュー", "コンピューター, コンピュータ", "サーバー, サーバ", "インターフェース, インタフェース",
			"ユーザーインターフェース, ユーザインタフェース", "ケアマネージャー, ケアマネジャー", "エレベーター, エレベータ" })
	void katakanaSpellingVariantsAreTheSameWord(String oneSpelling, String another) {
		assertThat(terms(oneSpelling)).isNotEmpty().isEqualTo(terms(another));
	}

	@ParameterizedTest
	@CsvSource({ "ビール, ビル", "スーパー, スパ", "セール, セル", "フォーム, ホーム" })
	void shortKatakanaWordsKeepTheirLongVowelAndStayApart(String word, String otherWord) {
		assertThat(terms(word)).doesNotContainAnyElementsOf(terms(otherWord));
	}

	@Test
	void particlesAndAuxiliariesAreNotSearchable() {
		assertThat(terms("の")).isEmpty();
		assertThat(terms("です")).isEmpty();
		assertThat(terms("データの入力です")).containsExactly("データ", "入力");
	}

	@Test
	void wordsAreWholeWordsNotSingleCharacters() {
		assertThat(terms("在宅ワークのデータ入力作業")).doesNotContain("入", "力", "作", "業").doesNotContainAnyElementsOf(terms("出力"));
	}

	@Test
	void inflectedFormsAreFoundByTheDictionaryForm() {
		assertThat(terms("高齢者の見守りをお願いします")).containsAll(terms("見守る"));
		assertThat(terms("データを入力しました")).containsExactly("データ", "入力");
	}

	@Test
	void asWrittenHiraganaKatakanaAndKanjiStayApart() {
		assertThat(terms("りんご")).doesNotContainAnyElementsOf(terms("リンゴ")).doesNotContainAnyElementsOf(terms("林檎"));
	}

	@ParameterizedTest
	@CsvSource({ "りんご, リンゴ", "林檎, りんご", "ﾘﾝｺﾞ, りんご", "林檎ジュース, リンゴジュース", "桃, もも", "モモ, もも", "蜂蜜, はちみつ", "ハチミツ, はちみつ",
			"蜜柑, みかん", "牛蒡, ごぼう" })
	void byTheirReadingHiraganaKatakanaAndKanjiSpellingsAreOneWord(String oneSpelling, String another) {
		assertThat(terms(reading, oneSpelling)).isNotEmpty().isEqualTo(terms(reading, another));
	}

	@ParameterizedTest
	@CsvSource({ "コンピューター, コンピュータ", "ＳＯＨＯ, soho", "ウェブ, ウエブ" })
	void byTheirReadingWordsAreFoldedAsWritten(String oneSpelling, String another) {
		assertThat(terms(reading, oneSpelling)).isNotEmpty().isEqualTo(terms(reading, another));
	}

	@Test
	void byTheirReadingParticlesAreStillNotSearchable() {
		assertThat(terms(reading, "りんごの詰め合わせ")).doesNotContain("ノ").containsAll(terms(reading, "林檎"));
	}

	@Test
	void theSortNormalizerKeepsTheWholeValueAsOneTerm() {
		assertThat(terms(sortNormalizer, "ＳＯＨＯ支援 ﾃﾞｰﾀ入力")).containsExactly("soho支援 データ入力");
	}

	private static List<String> terms(String text) {
		return terms(japanese, text);
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return terms;
	}

}
