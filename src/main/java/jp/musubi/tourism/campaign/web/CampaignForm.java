package jp.musubi.tourism.campaign.web;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.campaign.Campaign;
import jp.musubi.tourism.campaign.CampaignDraft;

import org.springframework.validation.BindingResult;

/**
 * The campaign form: the mail in each of the four languages side by side, and either
 * "now" or a day and time in Japan.
 */
public class CampaignForm {

	private String name;

	private UUID segmentId;

	private String subjectJa;

	private String bodyJa;

	private String subjectEn;

	private String bodyEn;

	private String subjectKo;

	private String bodyKo;

	private String subjectZhCn;

	private String bodyZhCn;

	private String when = "now";

	private String sendAt;

	static CampaignForm of(Campaign campaign) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.name();
		form.segmentId = campaign.segmentId();
		for (Language language : Language.values()) {
			campaign.textIn(language).ifPresent((text) -> form.text(language, text.subject(), text.body()));
		}
		form.when = "later";
		form.sendAt = LocalDateTime.ofInstant(campaign.sendAt(), Dates.JAPAN).withSecond(0).withNano(0).toString();
		return form;
	}

	/** The draft, or null after naming the time when it cannot be read. */
	CampaignDraft toDraft(BindingResult errors) {
		java.time.Instant at = null;
		if ("later".equals(this.when)) {
			try {
				at = ZonedDateTime
					.of(LocalDateTime.parse(JapaneseText.normalize(this.sendAt == null ? "" : this.sendAt).strip()),
							Dates.JAPAN)
					.toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("sendAt", "tourism.campaign.error.sendAt");
				return null;
			}
		}
		Map<Language, CampaignDraft.Text> texts = new EnumMap<>(Language.class);
		texts.put(Language.JA, new CampaignDraft.Text(this.subjectJa, this.bodyJa));
		texts.put(Language.EN, new CampaignDraft.Text(this.subjectEn, this.bodyEn));
		texts.put(Language.KO, new CampaignDraft.Text(this.subjectKo, this.bodyKo));
		texts.put(Language.ZH_CN, new CampaignDraft.Text(this.subjectZhCn, this.bodyZhCn));
		return new CampaignDraft(this.name, this.segmentId, texts, at);
	}

	private void text(Language language, String subject, String body) {
		switch (language) {
			case JA -> {
				this.subjectJa = subject;
				this.bodyJa = body;
			}
			case EN -> {
				this.subjectEn = subject;
				this.bodyEn = body;
			}
			case KO -> {
				this.subjectKo = subject;
				this.bodyKo = body;
			}
			case ZH_CN -> {
				this.subjectZhCn = subject;
				this.bodyZhCn = body;
			}
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UUID getSegmentId() {
		return this.segmentId;
	}

	public void setSegmentId(UUID segmentId) {
		this.segmentId = segmentId;
	}

	public String getSubjectJa() {
		return this.subjectJa;
	}

	public void setSubjectJa(String subjectJa) {
		this.subjectJa = subjectJa;
	}

	public String getBodyJa() {
		return this.bodyJa;
	}

	public void setBodyJa(String bodyJa) {
		this.bodyJa = bodyJa;
	}

	public String getSubjectEn() {
		return this.subjectEn;
	}

	public void setSubjectEn(String subjectEn) {
		this.subjectEn = subjectEn;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public String getSubjectKo() {
		return this.subjectKo;
	}

	public void setSubjectKo(String subjectKo) {
		this.subjectKo = subjectKo;
	}

	public String getBodyKo() {
		return this.bodyKo;
	}

	public void setBodyKo(String bodyKo) {
		this.bodyKo = bodyKo;
	}

	public String getSubjectZhCn() {
		return this.subjectZhCn;
	}

	public void setSubjectZhCn(String subjectZhCn) {
		this.subjectZhCn = subjectZhCn;
	}

	public String getBodyZhCn() {
		return this.bodyZhCn;
	}

	public void setBodyZhCn(String bodyZhCn) {
		this.bodyZhCn = bodyZhCn;
	}

	public String getWhen() {
		return this.when;
	}

	public void setWhen(String when) {
		this.when = when;
	}

	public String getSendAt() {
		return this.sendAt;
	}

	public void setSendAt(String sendAt) {
		this.sendAt = sendAt;
	}

}
