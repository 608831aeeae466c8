package jp.musubi.work;

import java.util.List;
import java.util.UUID;

import jp.musubi.support.Fixtures;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Finding work as people type it in Japanese: a word inside a compound, katakana written
 * two ways, full-width letters; filters and the order of results.
 */
@MusubiTest
class WorkSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	WorkParties parties;

	String mark;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.mark = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aWordFindsTheCompoundsItIsPartOf() throws Exception {
		String entry = this.parties.today() + " データ入力作業（アンケート集計） " + this.mark;
		String cure = "ミニ湯治プランの紹介記事 " + this.mark;
		String web = "ウエブサイトの更新作業 " + this.mark;
		this.parties.publishedRequest(entry, "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.parties.publishedRequest(cure, "WRITING", WorkParties.WEB_DESIGN);
		this.parties.publishedRequest(web, "WEB_DEVELOPMENT", WorkParties.WEB_DESIGN);

		assertThat(titles("データ入力 " + this.mark)).contains(entry).doesNotContain(cure, web);
		assertThat(titles("湯治 " + this.mark)).contains(cure).doesNotContain(entry);
		assertThat(titles("ウェブサイト " + this.mark)).contains(web);
		assertThat(titles("ｱﾝｹｰﾄ " + this.mark)).as("half-width katakana").contains(entry);
	}

	@Test
	void filtersNarrowAndTheCountSaysHowMany() throws Exception {
		String entry = "伝票のデータ入力 " + this.mark;
		String writing = "観光パンフレットの文章 " + this.mark;
		this.parties.publishedRequest(entry, "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.parties.publishedRequest(writing, "WRITING", WorkParties.WEB_DESIGN);

		Page all = Page.of(this.mvc.perform(get("/work").param("q", this.mark)));
		assertThat(all.textsOf(".card h2")).containsExactlyInAnyOrder(entry, writing);
		assertThat(all.text()).contains("2件");
		Page writingOnly = Page.of(this.mvc.perform(get("/work").param("q", this.mark).param("category", "WRITING")));
		assertThat(writingOnly.textsOf(".card h2")).containsExactly(writing);
		Page bySkill = Page
			.of(this.mvc.perform(get("/work").param("q", this.mark).param("skill", WorkParties.DATA_ENTRY.toString())));
		assertThat(bySkill.textsOf(".card h2")).containsExactly(entry);
		Page cheap = Page.of(this.mvc.perform(get("/work").param("q", this.mark).param("budget", "UNDER_10K")));
		assertThat(cheap.textsOf(".card h2")).isEmpty();
		assertThat(cheap.text()).contains("条件に合う仕事は見つかりませんでした");
	}

	@Test
	void nonsenseInTheAddressIsIgnoredNotAnError() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/work").param("category", "NOPE")
			.param("budget", "<script>")
			.param("sort", "DROP TABLE")
			.param("page", "-3")));
		assertThat(page.heading()).isEqualTo("仕事をさがす");
	}

	private List<String> titles(String words) throws Exception {
		return Page.of(this.mvc.perform(get("/work").param("q", words))).textsOf(".card h2");
	}

}
