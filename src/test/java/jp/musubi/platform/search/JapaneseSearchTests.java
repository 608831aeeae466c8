package jp.musubi.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work requests as companies and municipalities write them, searched as people type:
 * every typed word must be found, as Hibernate Search's simple query string does with the
 * AND operator.
 */
class JapaneseSearchTests {

	private static final Analyzer japanese = JapaneseAnalysis.analyzer();

	private static final Directory index = new ByteBuffersDirectory();

	private static DirectoryReader reader;

	@BeforeAll
	static void indexWorkRequests() throws IOException {
		try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(japanese))) {
			writer.addDocument(workRequest("data-entry", "在宅ワークのデータ入力作業（週10時間から）",
					"アンケート結果をＥｘｃｅｌに入力していただきます。SOHO・主婦の方歓迎。パソコンの基本操作ができれば未経験でも大丈夫です。"));
			writer.addDocument(workRequest("toji-monitor", "温泉街のミニ湯治体験モニター募集",
					"3泊4日の湯治プランを体験し、感想をＳＮＳで発信していただける方を募集します。交通費は町が負担します。"));
			writer.addDocument(
					workRequest("web-design", "町役場ホームページのウェブデザイン", "観光案内ページのデザインを刷新します。スマートフォンでも読みやすいレイアウトをお願いします。"));
			writer.addDocument(workRequest("english-translation", "観光パンフレットの翻訳（日本語から英語）",
					"外国人観光客向けのパンフレットを英語に翻訳してください。ネイティブチェックができる方を歓迎します。"));
			writer
				.addDocument(workRequest("chinese-interpreting", "観光案内所での中国語の通訳・翻訳", "週末に観光案内所で中国語の通訳と案内板の翻訳をお願いします。"));
			writer.addDocument(
					workRequest("farm-stand", "農産物直売所のレジ・品出しスタッフ", "週3日、午前中の勤務です。地元の野菜や果物の品出しと会計をお願いします。力仕事があります。"));
			writer.addDocument(workRequest("violin", "子ども向けヴァイオリン教室の講師", "公民館で月2回、小学生にヴァイオリンを教えていただきます。"));
		}
		reader = DirectoryReader.open(index);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		index.close();
		japanese.close();
	}

	@Test
	void dataEntryFindsTheDataEntryWork() {
		assertThat(search("データ入力")).containsExactly("data-entry");
	}

	@Test
	void tojiFindsTheMiniTojiMonitor() {
		assertThat(search("湯治")).containsExactly("toji-monitor");
	}

	@Test
	void webDesignSpelledWithLargeKanaFindsTheWebDesignWork() {
		assertThat(search("ウエブデザイン")).containsExactly("web-design");
	}

	@Test
	void everyTypedWordMustBeFound() {
		assertThat(search("翻訳 英語")).containsExactly("english-translation");
		assertThat(search("翻訳")).containsExactlyInAnyOrder("english-translation", "chinese-interpreting");
	}

	@Test
	void aWordDoesNotFindDocumentsThatOnlyShareACharacter() {
		assertThat(search("入力")).containsExactly("data-entry");
	}

	@Test
	void widthAndSpellingAsTypedStillFind() {
		assertThat(search("ｓｏｈｏ")).containsExactly("data-entry");
		assertThat(search("ﾃﾞｰﾀ入力")).containsExactly("data-entry");
		assertThat(search("excel")).containsExactly("data-entry");
		assertThat(search("バイオリン")).containsExactly("violin");
	}

	@Test
	void particlesAloneFindNothing() {
		assertThat(search("の")).isEmpty();
		assertThat(search("です")).isEmpty();
	}

	private static Document workRequest(String id, String title, String description) {
		Document document = new Document();
		document.add(new StringField("id", id, Field.Store.YES));
		document.add(new TextField("text", title + "\n" + description, Field.Store.NO));
		return document;
	}

	private static List<String> search(String typed) {
		SimpleQueryParser parser = new SimpleQueryParser(japanese, "text");
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<String> found = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(parser.parse(typed), 10).scoreDocs) {
				found.add(searcher.storedFields().document(hit.doc).get("id"));
			}
			return found;
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
