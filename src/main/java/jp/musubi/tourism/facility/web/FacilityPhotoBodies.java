package jp.musubi.tourism.facility.web;

import java.util.List;

import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;
import jp.musubi.tourism.facility.FacilityPhotos;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A facility's photo ({@link FacilityPhotos#MAX_BYTES}) may be sent by people signed in;
 * whether they are the facility's staff is judged once the request is in.
 */
@Component
class FacilityPhotoBodies implements LargeBodies {

	/** The caption and CSRF token beside the file, and the multipart framing. */
	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	@Override
	public List<BodyAllowance> allowances() {
		return List.of(BodyAllowance.forPeople(HttpMethod.POST, "/tourism/facility/{facilityId}/photos",
				DataSize.ofBytes(FacilityPhotos.MAX_BYTES + FORM_FIELDS.toBytes()), (person, variables) -> true));
	}

}
