package jp.musubi.work.contract.web;

import java.util.List;

import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;
import jp.musubi.work.WorkProperties;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A milestone's deliverables, uploaded on the contract's page and through the API, take a
 * file of {@code musubi.work.max-upload-size} from people signed in; whether they are the
 * contract's member is judged once the request is in, as for every other action.
 */
@Component
class ContractUploadBodies implements LargeBodies {

	/** The note and CSRF token beside the file, and the multipart framing. */
	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	private final WorkProperties properties;

	ContractUploadBodies(WorkProperties properties) {
		this.properties = properties;
	}

	@Override
	public List<BodyAllowance> allowances() {
		DataSize limit = DataSize.ofBytes(this.properties.maxUploadSize().toBytes() + FORM_FIELDS.toBytes());
		return List.of(signedIn("/work/contracts/{id}/milestones/{milestoneId}/deliverables", limit),
				signedIn("/api/v1/work/contracts/{id}/milestones/{milestoneId}/deliverables", limit));
	}

	private static BodyAllowance signedIn(String path, DataSize limit) {
		return BodyAllowance.forPeople(HttpMethod.POST, path, limit, (person, variables) -> true);
	}

}
