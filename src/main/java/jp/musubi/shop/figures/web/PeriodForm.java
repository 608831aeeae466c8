package jp.musubi.shop.figures.web;

/**
 * The period a staff member asks for: a month, or a first and a last day. Left as typed,
 * so that what the domain refuses is shown back next to its field.
 */
public class PeriodForm {

	private String month;

	private String from;

	private String to;

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	boolean isEmpty() {
		return isBlank(this.month) && isBlank(this.from) && isBlank(this.to);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
