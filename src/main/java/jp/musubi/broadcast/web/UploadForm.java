package jp.musubi.broadcast.web;

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

	@Size(max = Media.MAX_DESCRIPTION)
	@PlainText
	private String description;

	String tidyTitle() {
		return JapaneseText.tidy(this.title);
	}

	String tidyDescription() {
		String tidy = JapaneseText.tidy(this.description);
		return (tidy == null || tidy.isEmpty()) ? null : this.description.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
