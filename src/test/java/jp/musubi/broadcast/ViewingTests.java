package jp.musubi.broadcast;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.media.Media;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who watched: the player's reports count views and watch time per video, split by
 * whether the viewer lives in the region, outside it, or is unknown (not signed in). The
 * owner sees the figures; nobody else does.
 */
@MusubiTest
class ViewingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Player player;

	BroadcastParties parties;

	Channel channel;

	Media video;

	@BeforeEach
	void video() {
		this.parties = new BroadcastParties(this.context);
		this.channel = this.parties.channel("会津の四季", Visibility.PUBLIC);
		this.video = this.parties.readyVideo(this.channel);
	}

	@Test
	void viewsAndWatchTimeAreSplitInsideOutsideAndUnknown() throws Exception {
		watch(this.player.view(this.video.id(), this.parties.current(this.parties.viewerInRegion)).orElseThrow(), 36);
		watch(this.player.view(this.video.id(), this.parties.current(this.parties.viewerFromTokyo)).orElseThrow(), 48);
		watch(this.player.view(this.video.id(), this.parties.current(this.parties.viewerFromTokyo)).orElseThrow(), 24);
		watch(this.player.view(this.video.id(), null).orElseThrow(), 12);

		Page figures = Page.of(this.mvc.perform(get("/broadcast/channels/" + this.channel.id() + "/figures")
			.with(this.fixtures.signedIn(this.parties.producer))));

		assertThat(figures.textsOf("tbody tr td")).containsExactly("1", "2", "1", "4", "0.6", "1.2", "0.2", "2.0",
				"67%");
		assertThat(figures.text()).contains("ログインせずに見た方は「不明」として数えます。");
	}

	@Test
	void aReportCannotLengthenAViewingBeyondTheTenMinuteVideoNorCountWithAForgedToken() throws Exception {
		PlayerView view = this.player.view(this.video.id(), null).orElseThrow();
		report(view.reportPath(), 100_000);
		String forged = view.reportPath().replace("/UNKNOWN?", "/OUT?");

		int refused = this.mvc.perform(post(forged + "&seconds=10")).andReturn().getResponse().getStatus();

		assertThat(refused).isEqualTo(403);
		Page figures = Page.of(this.mvc.perform(get("/broadcast/channels/" + this.channel.id() + "/figures")
			.with(this.fixtures.signedIn(this.parties.producer))));
		assertThat(figures.textsOf("tbody tr td")).containsExactly("0", "0", "1", "1", "0.0", "0.0", "10.0", "10.0",
				"—");
	}

	@Test
	void onlyTheChannelsOrganisationSeesItsFigures() throws Exception {
		MvcResult other = this.mvc
			.perform(get("/broadcast/channels/" + this.channel.id() + "/figures")
				.with(this.fixtures.signedIn(this.parties.otherProducer)))
			.andReturn();

		assertThat(other.getResponse().getStatus()).isEqualTo(403);
	}

	private void watch(PlayerView view, int seconds) throws Exception {
		report(view.reportPath(), 0);
		report(view.reportPath(), seconds);
	}

	private void report(String path, int seconds) throws Exception {
		MvcResult result = this.mvc.perform(post(path + "&seconds=" + seconds)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(204);
	}

}
