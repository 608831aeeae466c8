package jp.musubi.broadcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.MediaRepository;
import jp.musubi.broadcast.media.Rendition;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.storage.FileStorage;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;

import org.springframework.context.ApplicationContext;

/**
 * The station's people for tests: a producer running channels, another producer who runs
 * none of them, a company that may not broadcast, and viewers inside and outside the
 * region.
 */
public class BroadcastParties {

	private final Fixtures fixtures;

	private final Channels channels;

	private final CurrentUsers currentUsers;

	private final FileStorage storage;

	private final MediaRepository media;

	private final Clock clock;

	private final Path storageDirectory;

	public TestUser producer;

	public UUID producerOrganisation;

	public TestUser otherProducer;

	public TestUser company;

	public TestUser viewerInRegion;

	public TestUser viewerFromTokyo;

	public BroadcastParties(ApplicationContext context) {
		this.fixtures = context.getBean(Fixtures.class);
		this.channels = context.getBean(Channels.class);
		this.currentUsers = context.getBean(CurrentUsers.class);
		this.storage = context.getBean(FileStorage.class);
		this.media = context.getBean(MediaRepository.class);
		this.clock = context.getBean(Clock.class);
		this.storageDirectory = Path.of(context.getEnvironment().getRequiredProperty("musubi.storage.directory"));
		this.producer = this.fixtures.member("producer");
		this.producerOrganisation = this.fixtures.organisation("会津の農園", OrganisationType.PRODUCER, this.producer);
		this.otherProducer = this.fixtures.member("other-producer");
		this.fixtures.organisation("よその農園", OrganisationType.PRODUCER, this.otherProducer);
		this.company = this.fixtures.member("company");
		this.fixtures.organisation("株式会社例", OrganisationType.CLIENT, this.company);
		this.viewerInRegion = this.fixtures.member("local");
		this.viewerFromTokyo = this.fixtures.person("tokyo", Role.MEMBER, Language.JA, Prefecture.TOKYO);
	}

	public CurrentUser current(TestUser user) {
		return this.currentUsers.of(user.id());
	}

	public Channel channel(String name, Visibility visibility) {
		return this.channels.open(current(this.producer), this.producerOrganisation,
				new ChannelDetails(name, "紹介文", visibility));
	}

	/**
	 * A ten-minute video ready to watch without transcoding: a one-rung ladder (only its
	 * first segment is there), written straight to storage.
	 */
	public Media readyVideo(Channel channel) {
		String folderKey = this.storage.newFolder("broadcast");
		MediaFolder mediaFolder = MediaFolder.of(folderKey);
		put(mediaFolder.key("master.m3u8"),
				"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\n360p/index.m3u8\n");
		put(mediaFolder.key("360p/index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-PLAYLIST-TYPE:VOD\n"
				+ "#EXTINF:4.000,\nseg_00000.ts\n#EXT-X-ENDLIST\n");
		this.storage.put(mediaFolder.key("360p/seg_00000.ts"), new byte[188]);
		Media item = Media.live(channel.id(), "運動会", null, folderKey, this.clock.instant());
		item.ready(List.of(new Rendition("360p", 640, 360, 800_000, "360p/index.m3u8")), "master.m3u8", null,
				Duration.ofMinutes(10), this.clock.instant());
		return this.media.save(item);
	}

	/**
	 * How many files local media storage holds under the key (an area or a folder), to
	 * prove that something refused or removed left nothing behind.
	 */
	public long filesUnder(String key) {
		Path path = this.storageDirectory.resolve(key);
		if (!Files.exists(path)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void put(String key, String text) {
		this.storage.put(key, text.getBytes(StandardCharsets.UTF_8));
	}

}
