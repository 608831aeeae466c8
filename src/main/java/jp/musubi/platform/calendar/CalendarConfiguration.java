package jp.musubi.platform.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped holiday list, read once, and the banking days it gives, as beans. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	JapaneseHolidays japaneseHolidays() {
		return JapaneseHolidays.shipped();
	}

	@Bean
	BankingDays bankingDays(JapaneseHolidays holidays) {
		return new BankingDays(holidays);
	}

}
