package jp.musubi.platform.payment;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.zengin.IncomingTransfer;
import jp.musubi.platform.zengin.TransferNotice;
import jp.musubi.platform.zengin.TransferNoticeReader;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments by bank transfer (振込), which older buyers and clients expect. A caller
 * registers the transfer it waits for ({@link #expect}) and shows the payer the code to
 * write before their name; the agent's staff import the bank's 振込入金通知, and each credit
 * whose payer's name holds the code of an open expected transfer, for exactly its amount,
 * is published as {@link PaymentReceived} (method {@link PaymentMethod#BANK_TRANSFER}).
 * The rest waits on the staff's page to be assigned by hand. A credit is imported once
 * however often its file is (the bank's files overlap: a monthly one repeats the daily
 * ones), so a payment is published once.
 */
@Service
public class BankTransfers {

	/**
	 * Seven digits fit before a name in the 48 characters of 振込依頼人名 and rarely collide.
	 */
	public static final int CODE_DIGITS = 7;

	private static final Pattern CODE = Pattern.compile("[0-9]{4,10}");

	private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BankTransfers(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Registers a transfer the caller waits for, with a new code of {@value #CODE_DIGITS}
	 * digits that no open expected transfer has.
	 */
	public ExpectedTransfer expect(PaymentReference reference, Yen amount, LocalDate due) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String code = Integer.toString(1_000_000 + RANDOM.nextInt(9_000_000));
			if (!codeInUse(code, reference)) {
				return expect(reference, amount, code, due);
			}
		}
		throw new IllegalStateException("No free payer code after 20 tries: too many open transfers");
	}

	/**
	 * Registers a transfer the caller waits for, or changes one still open (an order
	 * changed before it was paid). The caller shows the payer the code to write before
	 * their name.
	 * @param payerCode 4 to 10 digits, unique among the open expected transfers
	 * @throws IllegalArgumentException for a code of another form, or one another open
	 * transfer has
	 * @throws IllegalStateException when the reference was paid or withdrawn
	 */
	public ExpectedTransfer expect(PaymentReference reference, Yen amount, String payerCode, LocalDate due) {
		if (payerCode == null || !CODE.matcher(payerCode).matches()) {
			throw new IllegalArgumentException("A payer code is 4 to 10 digits, not " + payerCode);
		}
		if (amount.amount() < 1) {
			throw new IllegalArgumentException("A transfer is of one yen or more, not " + amount);
		}
		return this.transactions.execute((status) -> {
			if (codeInUse(payerCode, reference)) {
				throw new IllegalArgumentException("The payer code " + payerCode + " is another open transfer's");
			}
			Optional<String> state = stateOf(reference);
			if (state.isPresent() && !"OPEN".equals(state.get())) {
				throw new IllegalStateException("The transfer for " + reference + " is " + state.get());
			}
			if (state.isPresent()) {
				this.jdbc.update("UPDATE expected_transfer SET amount = ?, payer_code = ?, due = ? WHERE reference = ?",
						amount.amount(), payerCode, Date.valueOf(due), reference.text());
			}
			else {
				this.jdbc.update("""
						INSERT INTO expected_transfer (reference, amount, payer_code, due, state, expected_at)
						VALUES (?, ?, ?, ?, 'OPEN', ?)""", reference.text(), amount.amount(), payerCode,
						Date.valueOf(due), Timestamp.from(this.clock.instant()));
			}
			return new ExpectedTransfer(reference, amount, payerCode, due, false);
		});
	}

	/**
	 * The caller no longer waits (an order cancelled unpaid): a transfer that comes for
	 * it after all is left to the staff. Nothing happens to one already received.
	 */
	public void withdraw(PaymentReference reference) {
		this.jdbc.update("UPDATE expected_transfer SET state = 'WITHDRAWN' WHERE reference = ? AND state = 'OPEN'",
				reference.text());
	}

	/** The transfer expected for a reference, open or received. */
	public Optional<ExpectedTransfer> expected(PaymentReference reference) {
		return this.jdbc.query("""
				SELECT reference, amount, payer_code, due, state FROM expected_transfer
				WHERE reference = ? AND state <> 'WITHDRAWN'""", BankTransfers::expectation, reference.text())
			.stream()
			.findFirst();
	}

	/** The transfers still awaited, the earliest due first. */
	public List<ExpectedTransfer> awaited() {
		return this.jdbc.query("""
				SELECT reference, amount, payer_code, due, state FROM expected_transfer
				WHERE state = 'OPEN' ORDER BY due, reference""", BankTransfers::expectation);
	}

	/** The credits that need the staff: unmatched, amounts that differ, cancellations. */
	public List<TransferCredit> awaitingStaff() {
		return this.jdbc.query("""
				SELECT id, booked_on, amount, payer_name, from_bank, from_branch, bank_reference, edi, state,
					candidate FROM transfer_credit
				WHERE state IN ('UNMATCHED', 'AMOUNT_MISMATCH', 'CANCELLATION') ORDER BY booked_on, imported_at, id""",
				BankTransfers::credit);
	}

	/**
	 * Imports a bank's 振込入金通知 whole: every credit is recorded once, matched where its
	 * code and amount say so, and published as received.
	 * @throws InputRefused with the reader's line message for a file in the wrong
	 * encoding or malformed; nothing is imported then
	 */
	public TransferImport importNotice(byte[] file) {
		if (file == null || file.length == 0) {
			throw new InputRefused("file", "platform.zengin.error.empty");
		}
		List<TransferNotice> notices = TransferNoticeReader.read(file);
		return this.transactions.execute((status) -> {
			int matched = 0;
			int unmatched = 0;
			int again = 0;
			for (TransferNotice notice : notices) {
				for (IncomingTransfer transfer : notice.transfers()) {
					switch (record(notice, transfer)) {
						case MATCHED -> matched++;
						case UNMATCHED -> unmatched++;
						case ALREADY_IMPORTED -> again++;
					}
				}
			}
			return new TransferImport(matched, unmatched, again);
		});
	}

	/**
	 * The staff assign a credit that waited for them to an expected transfer, which is
	 * then received for the credit's amount (the caller compares it with what it asked).
	 * @throws NotFound for no such credit
	 * @throws InputRefused when the credit was settled meanwhile or is a cancellation, or
	 * the reference is not an awaited transfer (unknown, withdrawn or already received:
	 * paying it twice is refused)
	 */
	public void assign(UUID creditId, PaymentReference reference, UUID staffAccountId) {
		this.transactions.executeWithoutResult((status) -> {
			TransferCredit credit = this.jdbc.query("""
					SELECT id, booked_on, amount, payer_name, from_bank, from_branch, bank_reference, edi, state,
						candidate FROM transfer_credit WHERE id = ? FOR UPDATE""", BankTransfers::credit, creditId)
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFound("transfer credit", creditId));
			if (credit.state() == TransferCredit.State.CANCELLATION) {
				throw new InputRefused("credit", "platform.payment.transfer.error.cancellation");
			}
			if (!credit.state().awaitsStaff()) {
				throw new InputRefused("credit", "platform.payment.transfer.error.settled");
			}
			int received = this.jdbc.update("""
					UPDATE expected_transfer SET state = 'RECEIVED', received_at = ?
					WHERE reference = ? AND state = 'OPEN'""", Timestamp.from(this.clock.instant()), reference.text());
			if (received == 0) {
				throw new InputRefused("reference", "platform.payment.transfer.error.notAwaited");
			}
			this.jdbc.update("""
					UPDATE transfer_credit SET state = 'ASSIGNED', reference = ?, settled_at = ?, settled_by = ?
					WHERE id = ?""", reference.text(), Timestamp.from(this.clock.instant()), staffAccountId, creditId);
			this.events.publishEvent(new PaymentReceived(reference, credit.amount(), PaymentMethod.BANK_TRANSFER,
					paymentId(creditId), bookedAt(credit.bookedOn())));
		});
	}

	private Outcome record(TransferNotice notice, IncomingTransfer transfer) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.update("""
				INSERT INTO transfer_credit (id, credit_key, booked_on, amount, payer_name, from_bank, from_branch,
					bank_reference, edi, state, imported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNMATCHED', ?)
				ON CONFLICT DO NOTHING""", id, key(notice, transfer), Date.valueOf(transfer.bookedOn()),
				transfer.amount().amount(), cut(transfer.payerName(), 100), cut(transfer.fromBank(), 40),
				cut(transfer.fromBranch(), 40), transfer.reference(), cut(transfer.edi(), 40),
				Timestamp.from(this.clock.instant()));
		if (inserted == 0) {
			return Outcome.ALREADY_IMPORTED;
		}
		if (transfer.cancelled()) {
			settle(id, TransferCredit.State.CANCELLATION, null, null);
			return Outcome.UNMATCHED;
		}
		List<Candidate> candidates = candidates(codesIn(transfer.payerName()));
		List<Candidate> open = candidates.stream().filter(Candidate::open).toList();
		if (open.size() != 1) {
			// No code, a reference already paid, or (against the rule) two open ones: the
			// staff decide.
			settle(id, TransferCredit.State.UNMATCHED, null,
					(candidates.size() == 1) ? candidates.get(0).reference() : null);
			return Outcome.UNMATCHED;
		}
		Candidate candidate = open.get(0);
		if (candidate.amount() != transfer.amount().amount()) {
			settle(id, TransferCredit.State.AMOUNT_MISMATCH, null, candidate.reference());
			return Outcome.UNMATCHED;
		}
		this.jdbc.update("""
				UPDATE expected_transfer SET state = 'RECEIVED', received_at = ?
				WHERE reference = ? AND state = 'OPEN'""", Timestamp.from(this.clock.instant()), candidate.reference());
		settle(id, TransferCredit.State.MATCHED, candidate.reference(), null);
		this.events.publishEvent(new PaymentReceived(PaymentReference.parse(candidate.reference()).orElseThrow(),
				transfer.amount(), PaymentMethod.BANK_TRANSFER, paymentId(id), bookedAt(transfer.bookedOn())));
		return Outcome.MATCHED;
	}

	private void settle(UUID id, TransferCredit.State state, String reference, String candidate) {
		this.jdbc.update("UPDATE transfer_credit SET state = ?, reference = ?, candidate = ? WHERE id = ?",
				state.name(), reference, candidate, id);
	}

	/**
	 * The codes a payer may have written: every run of digits in the name, whole (a code
	 * inside a longer number is no code).
	 */
	static Set<String> codesIn(String payerName) {
		Set<String> codes = new LinkedHashSet<>();
		Matcher digits = DIGIT_RUN.matcher(payerName);
		while (digits.find()) {
			if (CODE.matcher(digits.group()).matches()) {
				codes.add(digits.group());
			}
		}
		return codes;
	}

	private List<Candidate> candidates(Set<String> codes) {
		List<Candidate> found = new ArrayList<>();
		for (String code : codes) {
			found.addAll(this.jdbc.query("""
					SELECT reference, amount, state FROM expected_transfer
					WHERE payer_code = ? AND state <> 'WITHDRAWN'""",
					(row, number) -> new Candidate(row.getString("reference"), row.getLong("amount"),
							"OPEN".equals(row.getString("state"))),
					code));
		}
		return found;
	}

	private boolean codeInUse(String code, PaymentReference other) {
		Integer count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM expected_transfer WHERE payer_code = ? AND state = 'OPEN' AND reference <> ?""",
				Integer.class, code, other.text());
		return count != null && count > 0;
	}

	private Optional<String> stateOf(PaymentReference reference) {
		return this.jdbc
			.queryForList("SELECT state FROM expected_transfer WHERE reference = ?", String.class, reference.text())
			.stream()
			.findFirst();
	}

	/**
	 * What tells one credit from another across files: the account, the booking day, the
	 * bank's 照会番号, the amount and the payer, and whether it is a cancellation.
	 */
	private static String key(TransferNotice notice, IncomingTransfer transfer) {
		return String.join("|", notice.account().bankCode(), notice.account().branchCode(), notice.account().number(),
				transfer.bookedOn().toString(), transfer.reference(), Long.toString(transfer.amount().amount()),
				transfer.payerName(), transfer.cancelled() ? "1" : "0");
	}

	/** The money came on the banking day, in Japan. */
	private static Instant bookedAt(LocalDate bookedOn) {
		return bookedOn.atStartOfDay(Dates.JAPAN).toInstant();
	}

	private static String paymentId(UUID creditId) {
		return "zengin:" + creditId;
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private static ExpectedTransfer expectation(ResultSet row, int number) throws SQLException {
		return new ExpectedTransfer(PaymentReference.parse(row.getString("reference")).orElseThrow(),
				Yen.of(row.getLong("amount")), row.getString("payer_code"), row.getDate("due").toLocalDate(),
				"RECEIVED".equals(row.getString("state")));
	}

	private static TransferCredit credit(ResultSet row, int number) throws SQLException {
		return new TransferCredit(row.getObject("id", UUID.class), row.getDate("booked_on").toLocalDate(),
				Yen.of(row.getLong("amount")), row.getString("payer_name"), row.getString("from_bank"),
				row.getString("from_branch"), row.getString("bank_reference"), row.getString("edi"),
				TransferCredit.State.valueOf(row.getString("state")),
				PaymentReference.parse(row.getString("candidate")).orElse(null));
	}

	private enum Outcome {

		MATCHED, UNMATCHED, ALREADY_IMPORTED

	}

	private record Candidate(String reference, long amount, boolean open) {

	}

}
