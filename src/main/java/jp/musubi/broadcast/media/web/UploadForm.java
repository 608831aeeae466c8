package jp.musubi.broadcast.media.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.musubi.broadcast.media.Media;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;

/** A photo or a video with the title and description its uploader gives it. */
public class UploadForm {

	@NotBlank
	@Size(max = Media.MAX_TITLE)
	@PlainText
	private String title;

	/** Named apart from the channel's description, which the same page edits. */
	@Size(max = Media.MAX_DESCRIPTION)
	@PlainText
	private String caption;

	String tidyTitle() {
		return JapaneseText.tidy(this.title);
	}

	String tidyCaption() {
		String tidy = JapaneseText.tidy(this.caption);
		return (tidy == null || tidy.isEmpty()) ? null : this.caption.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

}
