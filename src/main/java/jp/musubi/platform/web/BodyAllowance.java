package jp.musubi.platform.web;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.security.CurrentUser;

import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * One address that takes a large body, how large, and who may send it.
 *
 * @param method the request method, as POST
 * @param path a path pattern, as {@code /broadcast/channels/{channelId}/uploads}
 * @param limit the largest body, the form's other fields and the multipart framing
 * included
 * @param who whether the person signed in (none for a visitor) may send that much to the
 * address, given its path variables; it is asked before the body is read, so it may only
 * look at the person and the address
 */
public record BodyAllowance(HttpMethod method, String path, DataSize limit, Who who) {

	public BodyAllowance {
		Objects.requireNonNull(method);
		Objects.requireNonNull(path);
		Objects.requireNonNull(limit);
		Objects.requireNonNull(who);
	}

	/** For people signed in whom the module accepts for this address. */
	public static BodyAllowance forPeople(HttpMethod method, String path, DataSize limit, PersonCheck check) {
		return new BodyAllowance(method, path, limit,
				(person, variables) -> person.isPresent() && check.may(person.get(), variables));
	}

	/**
	 * For any caller: only for addresses whose controller checks a key in the address
	 * before it reads the body (a live stream key).
	 */
	public static BodyAllowance forAnyone(HttpMethod method, String path, DataSize limit) {
		return new BodyAllowance(method, path, limit, (person, variables) -> true);
	}

	/** Whether this caller may send the allowance's limit to this address. */
	@FunctionalInterface
	public interface Who {

		boolean may(Optional<CurrentUser> person, Map<String, String> pathVariables);

	}

	/** Whether this signed-in person may send the allowance's limit to this address. */
	@FunctionalInterface
	public interface PersonCheck {

		boolean may(CurrentUser person, Map<String, String> pathVariables);

	}

}
