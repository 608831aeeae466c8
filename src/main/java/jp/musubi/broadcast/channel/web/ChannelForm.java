package jp.musubi.broadcast.channel.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;

/** A channel as its owner opens or edits it. */
public class ChannelForm {

	private UUID organisationId;

	@NotBlank
	@Size(max = Channel.MAX_NAME)
	@PlainText
	private String name;

	@Size(max = Channel.MAX_DESCRIPTION)
	@PlainText
	private String description;

	@NotNull
	private Visibility visibility = Visibility.PUBLIC;

	private long version;

	static ChannelForm of(Channel channel) {
		ChannelForm form = new ChannelForm();
		form.organisationId = channel.organisationId();
		form.name = channel.name();
		form.description = channel.description();
		form.visibility = channel.visibility();
		form.version = channel.version();
		return form;
	}

	ChannelDetails details() {
		String tidyDescription = JapaneseText.tidy(this.description);
		return new ChannelDetails(JapaneseText.tidy(this.name),
				(tidyDescription == null || tidyDescription.isEmpty()) ? null : this.description.strip(),
				this.visibility);
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(UUID organisationId) {
		this.organisationId = organisationId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
