package jp.musubi.work.contract;

import java.time.LocalDate;

import jp.musubi.platform.money.Yen;

/** A milestone as the client plans it when accepting a proposal. */
public record MilestonePlan(String title, Yen amount, LocalDate dueDate) {

}
