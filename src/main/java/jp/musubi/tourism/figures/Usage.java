package jp.musubi.tourism.figures;

import java.time.YearMonth;

/** Units taken and offered in a month (a room a night, a slot a day). */
record Usage(YearMonth month, long taken, long available) {

	public int percent() {
		return (this.available == 0) ? 0 : (int) Math.round(this.taken * 100.0 / this.available);
	}

}
