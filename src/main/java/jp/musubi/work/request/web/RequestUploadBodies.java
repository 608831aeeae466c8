package jp.musubi.work.request.web;

import java.util.List;

import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;
import jp.musubi.work.WorkProperties;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A request's attachments, uploaded on its page, take a file of
 * {@code musubi.work.max-upload-size} from people signed in; whether they are the
 * request's client is judged once the request is in, as for every other action.
 */
@Component
class RequestUploadBodies implements LargeBodies {

	/** The note and CSRF token beside the file, and the multipart framing. */
	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	private final WorkProperties properties;

	RequestUploadBodies(WorkProperties properties) {
		this.properties = properties;
	}

	@Override
	public List<BodyAllowance> allowances() {
		DataSize limit = DataSize.ofBytes(this.properties.maxUploadSize().toBytes() + FORM_FIELDS.toBytes());
		return List.of(signedIn("/work/requests/{id}/attachments", limit));
	}

	private static BodyAllowance signedIn(String path, DataSize limit) {
		return BodyAllowance.forPeople(HttpMethod.POST, path, limit, (person, variables) -> true);
	}

}
