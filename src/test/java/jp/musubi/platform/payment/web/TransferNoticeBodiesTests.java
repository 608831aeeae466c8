package jp.musubi.platform.payment.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank's notice larger than a form over real HTTP: the agent's staff may send a busy
 * account's month, anyone else is refused from the headers, before the body is read.
 */
@MusubiTest
class TransferNoticeBodiesTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void theAgentsStaffMaySendAMonthOfABusyAccountAndNobodyElseMoreThanAForm() {
		TestUser staff = this.fixtures.member("agent");
		this.fixtures.organisation("結びエージェント", OrganisationType.AGENT, staff);
		TestUser member = this.fixtures.member("member");
		byte[] body = multipart(new byte[3_000 * 202]);

		// Sent whole without its form token: the size passes, the CSRF check then
		// refuses.
		RawHttp.Answer agent = post(RawHttp.signIn(this.port, staff.email()), body);
		RawHttp.Answer other = post(RawHttp.signIn(this.port, member.email()), body);

		assertThat(agent.status()).isEqualTo(403);
		assertThat(other.status()).isEqualTo(413);
	}

	private RawHttp.Answer post(String cookie, byte[] body) {
		return RawHttp.send(this.port, """
				POST /payments/transfers/imports HTTP/1.1
				Cookie: %s
				Content-Type: multipart/form-data; boundary=notice
				Content-Length: %d
				Connection: close
				""".formatted(cookie, body.length), body);
	}

	private static byte[] multipart(byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--notice\r\nContent-Disposition: form-data; name=\"file\"; filename=\"NYUKIN.TXT\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes("\r\n--notice--\r\n".getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

}
