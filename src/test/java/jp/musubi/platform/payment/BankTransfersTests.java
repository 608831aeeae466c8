package jp.musubi.platform.payment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static jp.musubi.platform.payment.NoticeFiles.notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Transfers matched from the bank's notice as the agent's staff import it: by the code in
 * the payer's name and the exact amount, once however often a file comes, and nothing
 * from a file that cannot be read whole.
 */
@MusubiTest
@RecordApplicationEvents
class BankTransfersTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 14);

	@Autowired
	BankTransfers transfers;

	@Autowired
	ApplicationEvents events;

	@Test
	void aCreditWithTheCodeAndTheAmountIsReceivedOnceHoweverOftenItsFileIsImported() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(12_800), DUE);
		byte[] file = notice().credit(12_800, expected.payerCode() + " ﾔﾏﾀﾞ ﾊﾅｺ").bytes();

		assertThat(this.transfers.importNotice(file)).isEqualTo(new TransferImport(1, 0, 0));
		assertThat(this.transfers.importNotice(file)).isEqualTo(new TransferImport(0, 0, 1));

		assertThat(this.events.stream(PaymentReceived.class)).singleElement().satisfies((received) -> {
			assertThat(received.reference()).isEqualTo(order);
			assertThat(received.amount()).isEqualTo(Yen.of(12_800));
			assertThat(received.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
			assertThat(received.providerPaymentId()).startsWith("zengin:");
			assertThat(received.at())
				.isEqualTo(LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
		});
		assertThat(this.transfers.expected(order))
			.hasValueSatisfying((transfer) -> assertThat(transfer.received()).isTrue());
		assertThat(this.transfers.awaited()).extracting(ExpectedTransfer::reference).doesNotContain(order);
	}

	@Test
	void aCreditWithoutACodeOrOfAnotherAmountWaitsForTheStaff() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(5_000), DUE);
		long someAmount = ThreadLocalRandom.current().nextLong(10_000, 99_999);
		byte[] file = notice().credit(4_500, expected.payerCode() + "ｽｽﾞｷ ｲﾁﾛｳ").credit(someAmount, "ｻﾄｳ ｼﾞﾛｳ").bytes();

		assertThat(this.transfers.importNotice(file)).isEqualTo(new TransferImport(0, 2, 0));

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
		assertThat(this.transfers.awaitingStaff()).anySatisfy((credit) -> {
			assertThat(credit.payerName()).isEqualTo(expected.payerCode() + "スズキ イチロウ");
			assertThat(credit.amount()).isEqualTo(Yen.of(4_500));
			assertThat(credit.state()).isEqualTo(TransferCredit.State.AMOUNT_MISMATCH);
			assertThat(credit.candidate()).isEqualTo(order);
		}).anySatisfy((credit) -> {
			assertThat(credit.amount()).isEqualTo(Yen.of(someAmount));
			assertThat(credit.state()).isEqualTo(TransferCredit.State.UNMATCHED);
			assertThat(credit.candidate()).isNull();
		});
		assertThat(this.transfers.awaited()).extracting(ExpectedTransfer::reference).contains(order);
	}

	@Test
	void theStaffAssignAWaitingCreditOnceAndNeverToATransferAlreadyPaid() {
		PaymentReference milestone = PaymentReference.of("work-milestone", UUID.randomUUID());
		this.transfers.expect(milestone, Yen.of(30_000), DUE);
		long amount = ThreadLocalRandom.current().nextLong(10_000, 99_999);
		this.transfers.importNotice(notice().credit(amount, "ｶ)ﾏﾙﾊﾞﾂｼﾖｳﾃﾝ").bytes());
		TransferCredit credit = this.transfers.awaitingStaff()
			.stream()
			.filter((waiting) -> waiting.amount().equals(Yen.of(amount)))
			.findFirst()
			.orElseThrow();
		UUID staff = UUID.randomUUID();

		this.transfers.assign(credit.id(), milestone, staff);

		assertThat(this.events.stream(PaymentReceived.class)).singleElement().satisfies((received) -> {
			assertThat(received.reference()).isEqualTo(milestone);
			assertThat(received.amount()).isEqualTo(Yen.of(amount));
			assertThat(received.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
		});
		assertThat(this.transfers.awaitingStaff()).extracting(TransferCredit::id).doesNotContain(credit.id());
		assertRefused(() -> this.transfers.assign(credit.id(), milestone, staff),
				"platform.payment.transfer.error.settled");

		this.transfers.importNotice(notice().credit(amount + 1, "ｶ)ﾏﾙﾊﾞﾂｼﾖｳﾃﾝ").bytes());
		TransferCredit second = this.transfers.awaitingStaff()
			.stream()
			.filter((waiting) -> waiting.amount().equals(Yen.of(amount + 1)))
			.findFirst()
			.orElseThrow();
		assertRefused(() -> this.transfers.assign(second.id(), milestone, staff),
				"platform.payment.transfer.error.notAwaited");
		assertThat(this.events.stream(PaymentReceived.class)).hasSize(1);
	}

	@Test
	void aSecondTransferForAPaidReferenceWaitsForTheStaff() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(8_000), DUE);

		TransferImport imported = this.transfers.importNotice(notice().credit(8_000, expected.payerCode() + "ｱｵｷ")
			.credit(8_000, expected.payerCode() + "ｱｵｷ ｹﾝ")
			.bytes());

		assertThat(imported).isEqualTo(new TransferImport(1, 1, 0));
		assertThat(this.events.stream(PaymentReceived.class)).hasSize(1);
		assertThat(this.transfers.awaitingStaff()).anySatisfy((credit) -> {
			assertThat(credit.payerName()).isEqualTo(expected.payerCode() + "アオキ ケン");
			assertThat(credit.candidate()).isEqualTo(order);
		});
	}

	@Test
	void aFileInTheWrongEncodingOrMalformedIsRefusedWithItsLineAndChangesNothing() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(2_000), DUE);
		NoticeFiles notice = notice().credit(2_000, expected.payerCode() + " ﾀﾅｶ");
		byte[] utf8 = new String(notice.bytes(), java.nio.charset.Charset.forName("windows-31j")).replace("ﾀﾅｶ", "田中")
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.transfers.importNotice(utf8))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).startsWith("platform.zengin.error."));
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.transfers.importNotice(notice.withWrongTotal()))
			.satisfies((refusal) -> {
				assertThat(refusal.messageKey()).isEqualTo("platform.zengin.error.trailer");
				assertThat(refusal.arguments()[0]).isEqualTo(3);
			});
		assertRefused(() -> this.transfers.importNotice(new byte[0]), "platform.zengin.error.empty");

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
		assertThat(this.transfers.importNotice(notice.bytes())).isEqualTo(new TransferImport(1, 0, 0));
	}

	@Test
	void aCodeIsAWholeRunOfDigitsInThePayersName() {
		assertThat(BankTransfers.codesIn("1234567ヤマダ ハナコ")).containsExactly("1234567");
		assertThat(BankTransfers.codesIn("ヤマダ ハナコ 1234567")).containsExactly("1234567");
		assertThat(BankTransfers.codesIn("12345678ヤマダ")).containsExactly("12345678");
		assertThat(BankTransfers.codesIn("ヤマダ 123")).isEmpty();
		assertThat(BankTransfers.codesIn("ヤマダ ハナコ")).isEmpty();
	}

	@Test
	void twoOpenTransfersNeverShareACode() {
		PaymentReference first = PaymentReference.of("shop-order", UUID.randomUUID());
		PaymentReference second = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(first, Yen.of(1_000), DUE);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transfers.expect(second, Yen.of(1_000), expected.payerCode(), DUE));
		assertThat(this.transfers.expect(first, Yen.of(1_200), expected.payerCode(), DUE).amount())
			.isEqualTo(Yen.of(1_200));
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(action::run)
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
	}

}
