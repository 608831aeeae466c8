package jp.musubi.platform.payment.web;

import java.util.List;

import jp.musubi.platform.security.Role;
import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A bank's notice takes 202 bytes a credit: a form's 512 KB holds some 2,500, fewer than
 * a month of a busy account. The agent's staff may send 8 MB, some 40,000 credits; the
 * reader holds the file in memory, which that much does not strain.
 */
@Component
class TransferNoticeBodies implements LargeBodies {

	static final DataSize LIMIT = DataSize.ofMegabytes(8);

	@Override
	public List<BodyAllowance> allowances() {
		return List.of(agentStaff("/payments/transfers/imports"), agentStaff("/api/v1/payments/transfers/imports"));
	}

	private static BodyAllowance agentStaff(String path) {
		return BodyAllowance.forPeople(HttpMethod.POST, path, LIMIT,
				(person, variables) -> person.hasRole(Role.AGENT_STAFF));
	}

}
