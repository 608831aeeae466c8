package jp.musubi.platform.payment.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.payment.TransferImport;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agent's systems import the bank's notices as its staff do on the page, signed in as
 * one of its staff. An organisation's API token does not do: it carries no role, and
 * which organisation is the agent is known to the accounts module, above the platform; a
 * token of the agent's that the accounts module gave the agent staff's role would pass
 * the access rule as it stands.
 */
@RestController
@Tag(name = "payments")
class TransfersApi {

	private final BankTransfers transfers;

	TransfersApi(BankTransfers transfers) {
		this.transfers = transfers;
	}

	@PostMapping(path = "/api/v1/payments/transfers/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a bank's 振込入金通知 (全銀協 format, 種別コード 01, Shift_JIS, 200-byte records) as "
			+ "the part `file`: each credit is imported once however often its file is; those whose payer's name "
			+ "holds the code of an awaited transfer, for exactly its amount, are received. The agent's staff only. "
			+ "400 problem+json with the line for a file in the wrong encoding or malformed (nothing is imported)")
	TransferImport importNotice(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return this.transfers.importNotice((file != null) ? file.getBytes() : new byte[0]);
	}

}
