package jp.musubi.platform.calendar;

import java.time.LocalDate;

/** A national holiday: its date and its name in Japanese (元日, 振替休日, 国民の休日...). */
public record Holiday(LocalDate date, String name) {

}
