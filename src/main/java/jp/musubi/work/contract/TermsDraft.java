package jp.musubi.work.contract;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.platform.money.Yen;

/** The terms a client sets out when accepting a proposal, before they are checked. */
public record TermsDraft(String workDescription, LocalDate deliveryDate, String deliveryMethod, Yen remuneration,
		String remunerationBasis, LocalDate paymentDate, LocalDate inspectionDate, List<MilestonePlan> milestones) {

}
