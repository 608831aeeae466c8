package jp.musubi.broadcast.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import jp.musubi.platform.region.DemoRegion;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.Upload;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo region's station: the farm's public channel with two photos and its private
 * one for its trading partners (the tourism company is invited), and the onsen lodging's
 * members' channel, made through the same services as people use on the first start of an
 * empty database. No demo video: the embedded start must not need ffmpeg.
 */
@Component
@Order(400)
class BroadcastDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BroadcastDemo.class);

	private final Accounts accounts;

	private final Channels channels;

	private final MediaLibrary library;

	private final boolean enabled;

	BroadcastDemo(Accounts accounts, Channels channels, MediaLibrary library, DemoRegion demo) {
		this.accounts = accounts;
		this.channels = channels;
		this.library = library;
		this.enabled = demo.enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.channels.watchableBy(null).isEmpty()) {
			return;
		}
		owner("producer@demo.musubi.jp").ifPresent((owner) -> {
			Channel farm = this.channels.open(owner.user(), owner.organisation().id(),
					new ChannelDetails("ゆのもり農園だより", "ゆのもり農園の畑と収穫のようすを、季節ごとにお届けします。", Visibility.PUBLIC));
			photo(farm, owner, "秋の田んぼ", new Color(0xd9a441), new Color(0x7fb3d5));
			photo(farm, owner, "夏の畑", new Color(0x3d8b37), new Color(0x9fd3f0));
			Channel partners = this.channels.open(owner.user(), owner.organisation().id(),
					new ChannelDetails("ゆのもり農園 取引先だより", "取引先の皆さまに、収穫の見込みと出荷の予定をお知らせします。", Visibility.PRIVATE));
			this.channels.invite(owner.user(), partners.id(), "client@demo.musubi.jp");
		});
		owner("facility@demo.musubi.jp")
			.ifPresent((owner) -> this.channels.open(owner.user(), owner.organisation().id(),
					new ChannelDetails("ほたる荘 湯けむり通信", "湯治棟の暮らしと、温泉療法士の入浴指導を会員の皆さまにご紹介します。", Visibility.MEMBERS)));
		log.info("Demo broadcasting channels made");
	}

	/** A landscape drawn here: fields below, sky above. */
	private void photo(Channel channel, Owner owner, String title, Color fields, Color sky) {
		BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setPaint(new GradientPaint(0, 0, sky, 0, 450, Color.WHITE));
		graphics.fillRect(0, 0, 1600, 450);
		graphics.setPaint(new GradientPaint(0, 450, fields, 0, 900, fields.darker()));
		graphics.fillRect(0, 450, 1600, 450);
		graphics.setColor(new Color(0x5d7a3a));
		graphics.fillOval(-200, 330, 900, 260);
		graphics.fillOval(700, 360, 1200, 220);
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", jpeg);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = jpeg.toByteArray();
		this.library.add(channel.id(), owner.user().accountId(), title, null, new Upload() {
			@Override
			public long size() {
				return bytes.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		});
	}

	/** The demo person and the organisation they own, acting as themselves. */
	private Optional<Owner> owner(String email) {
		Optional<PersonSummary> person = this.accounts.personByEmail(email);
		return person.flatMap((p) -> this.accounts.organisationsOf(p.id())
			.stream()
			.findFirst()
			.map((organisation) -> new Owner(new CurrentUser(p.id(), p.email(), "", p.displayName(), p.language(),
					Set.of(Role.MEMBER), true, false), organisation)));
	}

	private record Owner(CurrentUser user, OrganisationSummary organisation) {

	}

}
