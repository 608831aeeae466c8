package jp.musubi.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A private channel's files are served only with a signed token that has not expired and
 * was made for that folder; the player page hands one out only to those who may watch.
 */
@MusubiTest
class SignedLinkTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignedLinks links;

	@Autowired
	Player player;

	@Autowired
	MovableClock clock;

	BroadcastParties parties;

	Media video;

	MediaFolder folder;

	@BeforeEach
	void privateVideo() {
		this.parties = new BroadcastParties(this.context);
		Channel nursery = this.parties.channel("ひまわり組の授業参観", Visibility.PRIVATE);
		this.video = this.parties.readyVideo(nursery);
		this.folder = MediaFolder.of(this.video.folder());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void thePlayerGivesTheOrganisationASignedPlaylistWhoseEveryAddressCarriesTheToken() throws Exception {
		PlayerView view = this.player.view(this.video.id(), this.parties.current(this.parties.producer)).orElseThrow();

		MvcResult master = this.mvc.perform(get(view.source())).andReturn();
		String token = view.source().substring(view.source().indexOf("?t=") + 3);
		MvcResult variant = this.mvc.perform(get(this.folder.publicPath() + "360p/index.m3u8").param("t", token))
			.andReturn();
		MvcResult segment = this.mvc.perform(get(this.folder.publicPath() + "360p/seg_00000.ts").param("t", token))
			.andReturn();

		assertThat(master.getResponse().getStatus()).isEqualTo(200);
		assertThat(master.getResponse().getContentAsString())
			.contains(this.folder.publicPath() + "360p/index.m3u8?t=" + token);
		assertThat(variant.getResponse().getContentAsString())
			.contains(this.folder.publicPath() + "360p/seg_00000.ts?t=" + token);
		assertThat(segment.getResponse().getStatus()).isEqualTo(200);
		assertThat(segment.getResponse().getContentAsByteArray()).hasSize(188);
	}

	@Test
	void nobodyOutsideThePrivateChannelGetsAPlayer() {
		assertThat(this.player.view(this.video.id(), null)).isEmpty();
		assertThat(this.player.view(this.video.id(), this.parties.current(this.parties.viewerFromTokyo))).isEmpty();
	}

	@Test
	void aSegmentWithoutATokenIsRefused() throws Exception {
		MvcResult result = this.mvc.perform(get(this.folder.publicPath() + "360p/seg_00000.ts")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("動画のページから開いてください");
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = this.links.issue(this.folder.storageFolder(), Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(6));

		MvcResult result = this.mvc.perform(get(this.folder.publicPath() + "master.m3u8").param("t", token))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("有効期限が切れたか");
	}

	@Test
	void aForgedTokenOrAnotherFoldersTokenIsRefused() throws Exception {
		String valid = this.links.issue(this.folder.storageFolder(), Duration.ofMinutes(5));
		String expiry = valid.substring(0, valid.indexOf('.'));
		String longer = (Long.parseLong(expiry) + 86_400) + valid.substring(valid.indexOf('.'));
		String otherFolder = this.links.issue("broadcast/00000000-0000-0000-0000-000000000000", Duration.ofMinutes(5));

		for (String token : List.of(longer, otherFolder, "garbage", valid.replace('.', 'x'), valid + "A")) {
			MvcResult result = this.mvc.perform(get(this.folder.publicPath() + "360p/seg_00000.ts").param("t", token))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(token).isEqualTo(403);
		}
	}

	@Test
	void aNameOutsideTheFolderIsNotFound() throws Exception {
		String token = this.links.issue(this.folder.storageFolder(), Duration.ofMinutes(5));

		for (String path : List.of("../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "360p/../../x.ts", "a/b/c.ts",
				"master.m3u8.bak")) {
			MvcResult result = this.mvc.perform(get(this.folder.publicPath() + path).param("t", token)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isIn(400, 404);
		}
	}

}
